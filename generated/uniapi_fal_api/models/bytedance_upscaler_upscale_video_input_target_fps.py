from typing import Literal

BytedanceUpscalerUpscaleVideoInputTargetFps = Literal["30fps", "60fps"]

BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_FPS_VALUES: set[
    BytedanceUpscalerUpscaleVideoInputTargetFps
] = {
    "30fps",
    "60fps",
}


def check_bytedance_upscaler_upscale_video_input_target_fps(
    value: str,
) -> BytedanceUpscalerUpscaleVideoInputTargetFps:
    if value in BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_UPSCALER_UPSCALE_VIDEO_INPUT_TARGET_FPS_VALUES!r}"
    )
