from typing import Literal

LongcatVideoDistilledImageToVideo720PInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    LongcatVideoDistilledImageToVideo720PInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_longcat_video_distilled_image_to_video_720p_input_video_output_type(
    value: str,
) -> LongcatVideoDistilledImageToVideo720PInputVideoOutputType:
    if value in LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
