from typing import Literal

Ltx219BDistilledTextToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledTextToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_text_to_video_lora_input_acceleration(
    value: str,
) -> Ltx219BDistilledTextToVideoLoraInputAcceleration:
    if value in LTX_219B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
