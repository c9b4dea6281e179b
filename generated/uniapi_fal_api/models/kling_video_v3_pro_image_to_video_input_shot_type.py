from typing import Literal

KlingVideoV3ProImageToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_V3_PRO_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoV3ProImageToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_v3_pro_image_to_video_input_shot_type(
    value: str,
) -> KlingVideoV3ProImageToVideoInputShotType:
    if value in KLING_VIDEO_V3_PRO_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_PRO_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
