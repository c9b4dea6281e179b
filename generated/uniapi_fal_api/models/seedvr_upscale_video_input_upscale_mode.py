from typing import Literal

SeedvrUpscaleVideoInputUpscaleMode = Literal["factor", "target"]

SEEDVR_UPSCALE_VIDEO_INPUT_UPSCALE_MODE_VALUES: set[SeedvrUpscaleVideoInputUpscaleMode] = {
    "factor",
    "target",
}


def check_seedvr_upscale_video_input_upscale_mode(value: str) -> SeedvrUpscaleVideoInputUpscaleMode:
    if value in SEEDVR_UPSCALE_VIDEO_INPUT_UPSCALE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_VIDEO_INPUT_UPSCALE_MODE_VALUES!r}"
    )
