from typing import Literal

Ltx2322BExtendVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_EXTEND_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BExtendVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_extend_video_lora_input_acceleration(
    value: str,
) -> Ltx2322BExtendVideoLoraInputAcceleration:
    if value in LTX_2322B_EXTEND_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_EXTEND_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
