from typing import Literal

LongcatVideoDistilledTextToVideo480PInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    LongcatVideoDistilledTextToVideo480PInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_longcat_video_distilled_text_to_video_480p_input_video_output_type(
    value: str,
) -> LongcatVideoDistilledTextToVideo480PInputVideoOutputType:
    if value in LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_480P_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
