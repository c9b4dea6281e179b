from typing import Literal

Ltx219BDistilledExtendVideoLoraInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx219BDistilledExtendVideoLoraInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_219b_distilled_extend_video_lora_input_video_output_type(
    value: str,
) -> Ltx219BDistilledExtendVideoLoraInputVideoOutputType:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
