from typing import Literal

ViduQ2TextToVideoInputDuration = Literal[2, 3, 4, 5, 6, 7, 8]

VIDU_Q2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[ViduQ2TextToVideoInputDuration] = {
    2,
    3,
    4,
    5,
    6,
    7,
    8,
}


def check_vidu_q2_text_to_video_input_duration(value: int) -> ViduQ2TextToVideoInputDuration:
    if value in VIDU_Q2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
