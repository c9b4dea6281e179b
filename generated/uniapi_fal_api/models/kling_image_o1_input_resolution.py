from typing import Literal

KlingImageO1InputResolution = Literal["1K", "2K"]

KLING_IMAGE_O1_INPUT_RESOLUTION_VALUES: set[KlingImageO1InputResolution] = {
    "1K",
    "2K",
}


def check_kling_image_o1_input_resolution(value: str) -> KlingImageO1InputResolution:
    if value in KLING_IMAGE_O1_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O1_INPUT_RESOLUTION_VALUES!r}"
    )
