from typing import Literal

Ltx2322BReferenceVideoToVideoInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    Ltx2322BReferenceVideoToVideoInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_ltx_2322b_reference_video_to_video_input_video_output_type(
    value: str,
) -> Ltx2322BReferenceVideoToVideoInputVideoOutputType:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
