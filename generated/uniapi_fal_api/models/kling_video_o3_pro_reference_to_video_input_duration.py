from typing import Literal

KlingVideoO3ProReferenceToVideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoO3ProReferenceToVideoInputDuration
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


def check_kling_video_o3_pro_reference_to_video_input_duration(
    value: str,
) -> KlingVideoO3ProReferenceToVideoInputDuration:
    if value in KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
