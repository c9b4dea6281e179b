from typing import Literal

KlingImageO3TextToImageInputResolution = Literal["1K", "2K", "4K"]

KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    KlingImageO3TextToImageInputResolution
] = {
    "1K",
    "2K",
    "4K",
}


def check_kling_image_o3_text_to_image_input_resolution(
    value: str,
) -> KlingImageO3TextToImageInputResolution:
    if value in KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
