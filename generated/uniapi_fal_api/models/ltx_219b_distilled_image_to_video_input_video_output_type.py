from typing import Literal

Ltx219BDistilledImageToVideoInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx219BDistilledImageToVideoInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_219b_distilled_image_to_video_input_video_output_type(
    value: str,
) -> Ltx219BDistilledImageToVideoInputVideoOutputType:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
