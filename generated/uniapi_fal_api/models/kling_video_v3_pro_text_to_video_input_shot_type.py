from typing import Literal

KlingVideoV3ProTextToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_V3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoV3ProTextToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_v3_pro_text_to_video_input_shot_type(
    value: str,
) -> KlingVideoV3ProTextToVideoInputShotType:
    if value in KLING_VIDEO_V3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
