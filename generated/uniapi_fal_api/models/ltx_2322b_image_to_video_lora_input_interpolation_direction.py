from typing import Literal

Ltx2322BImageToVideoLoraInputInterpolationDirection = Literal["backward", "forward"]

LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES: set[
    Ltx2322BImageToVideoLoraInputInterpolationDirection
] = {
    "backward",
    "forward",
}


def check_ltx_2322b_image_to_video_lora_input_interpolation_direction(
    value: str,
) -> Ltx2322BImageToVideoLoraInputInterpolationDirection:
    if value in LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES!r}"
    )
