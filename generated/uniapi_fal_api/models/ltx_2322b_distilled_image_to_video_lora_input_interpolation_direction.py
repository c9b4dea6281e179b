from typing import Literal

Ltx2322BDistilledImageToVideoLoraInputInterpolationDirection = Literal["backward", "forward"]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES: set[
    Ltx2322BDistilledImageToVideoLoraInputInterpolationDirection
] = {
    "backward",
    "forward",
}


def check_ltx_2322b_distilled_image_to_video_lora_input_interpolation_direction(
    value: str,
) -> Ltx2322BDistilledImageToVideoLoraInputInterpolationDirection:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_INTERPOLATION_DIRECTION_VALUES!r}"
    )
