from typing import Literal

KlingVideoV21MasterTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV21MasterTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v21_master_text_to_video_input_duration(
    value: str,
) -> KlingVideoV21MasterTextToVideoInputDuration:
    if value in KLING_VIDEO_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
