from typing import Literal

FlashvsrUpscaleVideoInputAcceleration = Literal["full", "high", "regular"]

FLASHVSR_UPSCALE_VIDEO_INPUT_ACCELERATION_VALUES: set[FlashvsrUpscaleVideoInputAcceleration] = {
    "full",
    "high",
    "regular",
}


def check_flashvsr_upscale_video_input_acceleration(
    value: str,
) -> FlashvsrUpscaleVideoInputAcceleration:
    if value in FLASHVSR_UPSCALE_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLASHVSR_UPSCALE_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
