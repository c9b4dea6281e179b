from typing import Literal

BytedanceSeedance20MiniReferenceToVideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "4", "5", "6", "7", "8", "9", "auto"
]

BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceSeedance20MiniReferenceToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "auto",
}


def check_bytedance_seedance_20_mini_reference_to_video_input_duration(
    value: str,
) -> BytedanceSeedance20MiniReferenceToVideoInputDuration:
    if value in BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_MINI_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
