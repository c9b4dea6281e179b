from typing import Literal

FlashvsrUpscaleVideoInputOutputQuality = Literal["high", "low", "maximum", "medium"]

FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES: set[FlashvsrUpscaleVideoInputOutputQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_flashvsr_upscale_video_input_output_quality(
    value: str,
) -> FlashvsrUpscaleVideoInputOutputQuality:
    if value in FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES!r}"
    )
