from typing import Literal

KlingVideoV26ProTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV26ProTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v26_pro_text_to_video_input_duration(
    value: str,
) -> KlingVideoV26ProTextToVideoInputDuration:
    if value in KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
