from typing import Literal

ViduReferenceToImageInputAspectRatio = Literal["16:9", "1:1", "9:16"]

VIDU_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[ViduReferenceToImageInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_vidu_reference_to_image_input_aspect_ratio(
    value: str,
) -> ViduReferenceToImageInputAspectRatio:
    if value in VIDU_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
