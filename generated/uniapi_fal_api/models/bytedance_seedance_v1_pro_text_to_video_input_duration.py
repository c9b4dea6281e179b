from typing import Literal

BytedanceSeedanceV1ProTextToVideoInputDuration = Literal[
    "10", "11", "12", "2", "3", "4", "5", "6", "7", "8", "9"
]

BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceSeedanceV1ProTextToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_bytedance_seedance_v1_pro_text_to_video_input_duration(
    value: str,
) -> BytedanceSeedanceV1ProTextToVideoInputDuration:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
