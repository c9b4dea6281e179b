from typing import Literal

SeedvrUpscaleImageInputUpscaleMode = Literal["factor", "target"]

SEEDVR_UPSCALE_IMAGE_INPUT_UPSCALE_MODE_VALUES: set[SeedvrUpscaleImageInputUpscaleMode] = {
    "factor",
    "target",
}


def check_seedvr_upscale_image_input_upscale_mode(value: str) -> SeedvrUpscaleImageInputUpscaleMode:
    if value in SEEDVR_UPSCALE_IMAGE_INPUT_UPSCALE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_INPUT_UPSCALE_MODE_VALUES!r}"
    )
