from typing import Literal

FlashvsrUpscaleVideoInputOutputWriteMode = Literal["balanced", "fast", "small"]

FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES: set[
    FlashvsrUpscaleVideoInputOutputWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_flashvsr_upscale_video_input_output_write_mode(
    value: str,
) -> FlashvsrUpscaleVideoInputOutputWriteMode:
    if value in FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES!r}"
    )
