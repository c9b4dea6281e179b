from typing import Literal

Ltx2322BExtendVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx2322BExtendVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_extend_video_input_acceleration(
    value: str,
) -> Ltx2322BExtendVideoInputAcceleration:
    if value in LTX_2322B_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
