from typing import Literal

KlingVideoO1VideoToVideoReferenceInputDuration = Literal["10", "3", "4", "5", "6", "7", "8", "9"]

KLING_VIDEO_O1_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES: set[
    KlingVideoO1VideoToVideoReferenceInputDuration
] = {
    "10",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_video_o1_video_to_video_reference_input_duration(
    value: str,
) -> KlingVideoO1VideoToVideoReferenceInputDuration:
    if value in KLING_VIDEO_O1_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES!r}"
    )
