from typing import Literal

KlingVideoO1StandardReferenceToVideoInputDuration = Literal["10", "3", "4", "5", "6", "7", "8", "9"]

KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoO1StandardReferenceToVideoInputDuration
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


def check_kling_video_o1_standard_reference_to_video_input_duration(
    value: str,
) -> KlingVideoO1StandardReferenceToVideoInputDuration:
    if value in KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
