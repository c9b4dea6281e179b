from typing import Literal

Ltx219BVideoToVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[Ltx219BVideoToVideoInputAcceleration] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_video_to_video_input_acceleration(
    value: str,
) -> Ltx219BVideoToVideoInputAcceleration:
    if value in LTX_219B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
