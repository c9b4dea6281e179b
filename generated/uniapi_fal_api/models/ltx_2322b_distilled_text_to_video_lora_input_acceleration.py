from typing import Literal

Ltx2322BDistilledTextToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BDistilledTextToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_distilled_text_to_video_lora_input_acceleration(
    value: str,
) -> Ltx2322BDistilledTextToVideoLoraInputAcceleration:
    if value in LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
