from typing import Literal

WanV27TextToVideoInputDuration = Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]

WAN_V27_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[WanV27TextToVideoInputDuration] = {
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
}


def check_wan_v27_text_to_video_input_duration(value: int) -> WanV27TextToVideoInputDuration:
    if value in WAN_V27_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
