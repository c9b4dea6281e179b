from typing import Literal

KlingVideoV3StandardImageToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_V3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoV3StandardImageToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_v3_standard_image_to_video_input_shot_type(
    value: str,
) -> KlingVideoV3StandardImageToVideoInputShotType:
    if value in KLING_VIDEO_V3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
