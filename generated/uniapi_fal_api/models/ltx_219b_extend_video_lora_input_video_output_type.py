from typing import Literal

Ltx219BExtendVideoLoraInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx219BExtendVideoLoraInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_219b_extend_video_lora_input_video_output_type(
    value: str,
) -> Ltx219BExtendVideoLoraInputVideoOutputType:
    if value in LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
