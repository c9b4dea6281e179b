from typing import Literal

ViduQ2ReferenceToImageInputAspectRatio = Literal["16:9", "1:1", "9:16"]

VIDU_Q2_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    ViduQ2ReferenceToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_vidu_q2_reference_to_image_input_aspect_ratio(
    value: str,
) -> ViduQ2ReferenceToImageInputAspectRatio:
    if value in VIDU_Q2_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_REFERENCE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
