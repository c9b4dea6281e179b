from typing import Literal

Veo31LiteImageToVideoInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Veo31LiteImageToVideoInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_veo_31_lite_image_to_video_input_safety_tolerance(
    value: str,
) -> Veo31LiteImageToVideoInputSafetyTolerance:
    if value in VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_IMAGE_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
