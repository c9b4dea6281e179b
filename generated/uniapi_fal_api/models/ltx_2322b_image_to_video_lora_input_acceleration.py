from typing import Literal

Ltx2322BImageToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BImageToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_image_to_video_lora_input_acceleration(
    value: str,
) -> Ltx2322BImageToVideoLoraInputAcceleration:
    if value in LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
