from typing import Literal

KlingVideoV16ProTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV16ProTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v16_pro_text_to_video_input_duration(
    value: str,
) -> KlingVideoV16ProTextToVideoInputDuration:
    if value in KLING_VIDEO_V16_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
