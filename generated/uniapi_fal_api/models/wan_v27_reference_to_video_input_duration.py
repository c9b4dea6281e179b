from typing import Literal

WanV27ReferenceToVideoInputDuration = Literal[2, 3, 4, 5, 6, 7, 8, 9, 10]

WAN_V27_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[WanV27ReferenceToVideoInputDuration] = {
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
}


def check_wan_v27_reference_to_video_input_duration(
    value: int,
) -> WanV27ReferenceToVideoInputDuration:
    if value in WAN_V27_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
