from typing import Literal

KlingVideoO34KReferenceToVideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoO34KReferenceToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_video_o34k_reference_to_video_input_duration(
    value: str,
) -> KlingVideoO34KReferenceToVideoInputDuration:
    if value in KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
