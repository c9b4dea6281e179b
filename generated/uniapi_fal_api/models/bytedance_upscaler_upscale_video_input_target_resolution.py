from typing import Literal

BytedanceUpscalerUpscaleVideoInputTargetResolution = Literal["1080p", "2k", "4k"]

BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES: set[
    BytedanceUpscalerUpscaleVideoInputTargetResolution
] = {
    "1080p",
    "2k",
    "4k",
}


def check_bytedance_upscaler_upscale_video_input_target_resolution(
    value: str,
) -> BytedanceUpscalerUpscaleVideoInputTargetResolution:
    if value in BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_RESOLUTION_VALUES!r}"
    )
