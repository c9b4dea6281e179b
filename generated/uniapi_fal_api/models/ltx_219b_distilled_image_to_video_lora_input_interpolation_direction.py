from typing import Literal

Ltx219BDistilledImageToVideoLoraInputInterpolationDirection = Literal["backward", "forward"]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES: set[
    Ltx219BDistilledImageToVideoLoraInputInterpolationDirection
] = {
    "backward",
    "forward",
}


def check_ltx_219b_distilled_image_to_video_lora_input_interpolation_direction(
    value: str,
) -> Ltx219BDistilledImageToVideoLoraInputInterpolationDirection:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES!r}"
    )
