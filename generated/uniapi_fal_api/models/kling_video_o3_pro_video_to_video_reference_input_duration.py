from typing import Literal

KlingVideoO3ProVideoToVideoReferenceInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES: set[
    KlingVideoO3ProVideoToVideoReferenceInputDuration
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


def check_kling_video_o3_pro_video_to_video_reference_input_duration(
    value: str,
) -> KlingVideoO3ProVideoToVideoReferenceInputDuration:
    if value in KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_DURATION_VALUES!r}"
    )
