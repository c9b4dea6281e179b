from typing import Literal

Ltx2322BDistilledTextToVideoLoraInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx2322BDistilledTextToVideoLoraInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_2322b_distilled_text_to_video_lora_input_video_output_type(
    value: str,
) -> Ltx2322BDistilledTextToVideoLoraInputVideoOutputType:
    if value in LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
