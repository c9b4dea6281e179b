from typing import Literal

SeedvrUpscaleVideoInputOutputWriteMode = Literal["balanced", "fast", "small"]

SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES: set[SeedvrUpscaleVideoInputOutputWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_seedvr_upscale_video_input_output_write_mode(
    value: str,
) -> SeedvrUpscaleVideoInputOutputWriteMode:
    if value in SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_WRITE_MODE_VALUES!r}"
    )
