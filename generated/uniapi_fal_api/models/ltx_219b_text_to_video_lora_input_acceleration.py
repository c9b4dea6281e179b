from typing import Literal

Ltx219BTextToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx219BTextToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_text_to_video_lora_input_acceleration(
    value: str,
) -> Ltx219BTextToVideoLoraInputAcceleration:
    if value in LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
