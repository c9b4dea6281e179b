from typing import Literal

SeedvrUpscaleImageInputTargetResolution = Literal["1080p", "1440p", "2160p", "720p"]

SEEDVR_UPSCALE_IMAGE_INPUT_TARGET_RESOLUTION_VALUES: set[
    SeedvrUpscaleImageInputTargetResolution
] = {
    "1080p",
    "1440p",
    "2160p",
    "720p",
}


def check_seedvr_upscale_image_input_target_resolution(
    value: str,
) -> SeedvrUpscaleImageInputTargetResolution:
    if value in SEEDVR_UPSCALE_IMAGE_INPUT_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_INPUT_TARGET_RESOLUTION_VALUES!r}"
    )
