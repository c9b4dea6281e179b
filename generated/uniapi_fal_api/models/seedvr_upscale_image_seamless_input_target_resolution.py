from typing import Literal

SeedvrUpscaleImageSeamlessInputTargetResolution = Literal["1080p", "1440p", "2160p", "720p"]

SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_TARGET_RESOLUTION_VALUES: set[
    SeedvrUpscaleImageSeamlessInputTargetResolution
] = {
    "1080p",
    "1440p",
    "2160p",
    "720p",
}


def check_seedvr_upscale_image_seamless_input_target_resolution(
    value: str,
) -> SeedvrUpscaleImageSeamlessInputTargetResolution:
    if value in SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_TARGET_RESOLUTION_VALUES!r}"
    )
