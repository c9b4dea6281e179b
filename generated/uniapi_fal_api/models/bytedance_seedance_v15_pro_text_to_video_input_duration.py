from typing import Literal

BytedanceSeedanceV15ProTextToVideoInputDuration = Literal[
    "10", "11", "12", "4", "5", "6", "7", "8", "9"
]

BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceSeedanceV15ProTextToVideoInputDuration
] = {
    "10",
    "11",
    "12",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_bytedance_seedance_v15_pro_text_to_video_input_duration(
    value: str,
) -> BytedanceSeedanceV15ProTextToVideoInputDuration:
    if value in BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
