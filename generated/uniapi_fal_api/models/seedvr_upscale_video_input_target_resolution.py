from typing import Literal

SeedvrUpscaleVideoInputTargetResolution = Literal["1080p", "1440p", "2160p", "720p"]

SEEDVR_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES: set[
    SeedvrUpscaleVideoInputTargetResolution
] = {
    "1080p",
    "1440p",
    "2160p",
    "720p",
}


def check_seedvr_upscale_video_input_target_resolution(
    value: str,
) -> SeedvrUpscaleVideoInputTargetResolution:
    if value in SEEDVR_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES!r}"
    )
