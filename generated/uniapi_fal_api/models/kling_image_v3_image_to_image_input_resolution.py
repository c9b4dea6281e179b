from typing import Literal

KlingImageV3ImageToImageInputResolution = Literal["1K", "2K"]

KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    KlingImageV3ImageToImageInputResolution
] = {
    "1K",
    "2K",
}


def check_kling_image_v3_image_to_image_input_resolution(
    value: str,
) -> KlingImageV3ImageToImageInputResolution:
    if value in KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_V3_IMAGE_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
