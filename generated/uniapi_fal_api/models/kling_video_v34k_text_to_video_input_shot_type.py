from typing import Literal

KlingVideoV34KTextToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoV34KTextToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_v34k_text_to_video_input_shot_type(
    value: str,
) -> KlingVideoV34KTextToVideoInputShotType:
    if value in KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
