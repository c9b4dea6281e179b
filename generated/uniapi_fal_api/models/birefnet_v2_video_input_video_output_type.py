from typing import Literal

BirefnetV2VideoInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

BIREFNET_V2_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[BirefnetV2VideoInputVideoOutputType] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_birefnet_v2_video_input_video_output_type(
    value: str,
) -> BirefnetV2VideoInputVideoOutputType:
    if value in BIREFNET_V2_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
