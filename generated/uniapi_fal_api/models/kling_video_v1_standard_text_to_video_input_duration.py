from typing import Literal

KlingVideoV1StandardTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV1StandardTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v1_standard_text_to_video_input_duration(
    value: str,
) -> KlingVideoV1StandardTextToVideoInputDuration:
    if value in KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
