from typing import Literal

Ltx2322BDistilledImageToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BDistilledImageToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_distilled_image_to_video_lora_input_acceleration(
    value: str,
) -> Ltx2322BDistilledImageToVideoLoraInputAcceleration:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
