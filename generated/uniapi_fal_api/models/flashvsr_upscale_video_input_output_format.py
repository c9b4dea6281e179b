from typing import Literal

FlashvsrUpscaleVideoInputOutputFormat = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES: set[FlashvsrUpscaleVideoInputOutputFormat] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_flashvsr_upscale_video_input_output_format(
    value: str,
) -> FlashvsrUpscaleVideoInputOutputFormat:
    if value in FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLASHVSR_UPSCALE_VIDEO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
