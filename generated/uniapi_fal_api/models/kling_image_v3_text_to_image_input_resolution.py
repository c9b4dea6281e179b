from typing import Literal

KlingImageV3TextToImageInputResolution = Literal["1K", "2K"]

KLING_IMAGE_V3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    KlingImageV3TextToImageInputResolution
] = {
    "1K",
    "2K",
}


def check_kling_image_v3_text_to_image_input_resolution(
    value: str,
) -> KlingImageV3TextToImageInputResolution:
    if value in KLING_IMAGE_V3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_V3_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
