from typing import Literal

Ltx219BDistilledExtendVideoLoraInputExtendDirection = Literal["backward", "forward"]

LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES: set[
    Ltx219BDistilledExtendVideoLoraInputExtendDirection
] = {
    "backward",
    "forward",
}


def check_ltx_219b_distilled_extend_video_lora_input_extend_direction(
    value: str,
) -> Ltx219BDistilledExtendVideoLoraInputExtendDirection:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_EXTEND_DIRECTION_VALUES!r}"
    )
