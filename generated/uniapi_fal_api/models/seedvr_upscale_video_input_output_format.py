from typing import Literal

SeedvrUpscaleVideoInputOutputFormat = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES: set[SeedvrUpscaleVideoInputOutputFormat] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_seedvr_upscale_video_input_output_format(
    value: str,
) -> SeedvrUpscaleVideoInputOutputFormat:
    if value in SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
