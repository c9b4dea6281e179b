from typing import Literal

SeedvrUpscaleVideoInputOutputQuality = Literal["high", "low", "maximum", "medium"]

SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES: set[SeedvrUpscaleVideoInputOutputQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_seedvr_upscale_video_input_output_quality(
    value: str,
) -> SeedvrUpscaleVideoInputOutputQuality:
    if value in SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_QUALITY_VALUES!r}"
    )
