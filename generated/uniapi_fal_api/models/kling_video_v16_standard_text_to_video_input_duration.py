from typing import Literal

KlingVideoV16StandardTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV16StandardTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v16_standard_text_to_video_input_duration(
    value: str,
) -> KlingVideoV16StandardTextToVideoInputDuration:
    if value in KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
