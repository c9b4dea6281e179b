from typing import Literal

Ltx2322BExtendVideoInputExtendDirection = Literal["backward", "forward"]

LTX_2322B_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES: set[
    Ltx2322BExtendVideoInputExtendDirection
] = {
    "backward",
    "forward",
}


def check_ltx_2322b_extend_video_input_extend_direction(
    value: str,
) -> Ltx2322BExtendVideoInputExtendDirection:
    if value in LTX_2322B_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES!r}"
    )
