from typing import Literal

Ltx219BDistilledExtendVideoInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledExtendVideoInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_extend_video_input_acceleration(
    value: str,
) -> Ltx219BDistilledExtendVideoInputAcceleration:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
