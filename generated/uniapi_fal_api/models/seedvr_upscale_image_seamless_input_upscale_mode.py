from typing import Literal

SeedvrUpscaleImageSeamlessInputUpscaleMode = Literal["factor", "target"]

SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_UPSCALE_MODE_VALUES: set[
    SeedvrUpscaleImageSeamlessInputUpscaleMode
] = {
    "factor",
    "target",
}


def check_seedvr_upscale_image_seamless_input_upscale_mode(
    value: str,
) -> SeedvrUpscaleImageSeamlessInputUpscaleMode:
    if value in SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_UPSCALE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_UPSCALE_MODE_VALUES!r}"
    )
