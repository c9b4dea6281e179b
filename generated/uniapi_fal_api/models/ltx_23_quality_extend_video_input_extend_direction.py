from typing import Literal

Ltx23QualityExtendVideoInputExtendDirection = Literal["backward", "forward"]

LTX_23_QUALITY_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES: set[
    Ltx23QualityExtendVideoInputExtendDirection
] = {
    "backward",
    "forward",
}


def check_ltx_23_quality_extend_video_input_extend_direction(
    value: str,
) -> Ltx23QualityExtendVideoInputExtendDirection:
    if value in LTX_23_QUALITY_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_EXTEND_VIDEO_INPUT_EXTEND_DIRECTION_VALUES!r}"
    )
