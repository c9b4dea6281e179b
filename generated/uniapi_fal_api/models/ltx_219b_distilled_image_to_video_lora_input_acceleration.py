from typing import Literal

Ltx219BDistilledImageToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledImageToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_image_to_video_lora_input_acceleration(
    value: str,
) -> Ltx219BDistilledImageToVideoLoraInputAcceleration:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
