from typing import Literal

Sam31VideoInputVideoOutputType = Literal["VP9 (.webm)", "X264 (.mp4)"]

SAM_31_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[Sam31VideoInputVideoOutputType] = {
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_sam_31_video_input_video_output_type(value: str) -> Sam31VideoInputVideoOutputType:
    if value in SAM_31_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_31_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
