from typing import Literal

Ltx219BDistilledVideoToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledVideoToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_video_to_video_lora_input_acceleration(
    value: str,
) -> Ltx219BDistilledVideoToVideoLoraInputAcceleration:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
