from typing import Literal

Ltx2322BDistilledImageToVideoLoraInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx2322BDistilledImageToVideoLoraInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_2322b_distilled_image_to_video_lora_input_video_output_type(
    value: str,
) -> Ltx2322BDistilledImageToVideoLoraInputVideoOutputType:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
