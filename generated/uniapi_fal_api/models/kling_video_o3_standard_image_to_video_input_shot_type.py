from typing import Literal

KlingVideoO3StandardImageToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO3StandardImageToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o3_standard_image_to_video_input_shot_type(
    value: str,
) -> KlingVideoO3StandardImageToVideoInputShotType:
    if value in KLING_VIDEO_O3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STANDARD_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
