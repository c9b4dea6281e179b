from typing import Literal

KlingVideoO3ProTextToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO3ProTextToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o3_pro_text_to_video_input_shot_type(
    value: str,
) -> KlingVideoO3ProTextToVideoInputShotType:
    if value in KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
