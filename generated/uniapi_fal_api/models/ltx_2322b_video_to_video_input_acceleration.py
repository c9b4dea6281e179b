from typing import Literal

Ltx2322BVideoToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx2322BVideoToVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_video_to_video_input_acceleration(
    value: str,
) -> Ltx2322BVideoToVideoInputAcceleration:
    if value in LTX_2322B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
