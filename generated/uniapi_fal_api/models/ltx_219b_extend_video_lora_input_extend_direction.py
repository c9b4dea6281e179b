from typing import Literal

Ltx219BExtendVideoLoraInputExtendDirection = Literal["backward", "forward"]

LTX_219B_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES: set[
    Ltx219BExtendVideoLoraInputExtendDirection
] = {
    "backward",
    "forward",
}


def check_ltx_219b_extend_video_lora_input_extend_direction(
    value: str,
) -> Ltx219BExtendVideoLoraInputExtendDirection:
    if value in LTX_219B_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES!r}"
    )
