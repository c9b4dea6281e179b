from typing import Literal

KlingImageO3ImageToImageInputResolution = Literal["1K", "2K", "4K"]

KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    KlingImageO3ImageToImageInputResolution
] = {
    "1K",
    "2K",
    "4K",
}


def check_kling_image_o3_image_to_image_input_resolution(
    value: str,
) -> KlingImageO3ImageToImageInputResolution:
    if value in KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
