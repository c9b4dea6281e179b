from typing import Literal

CosmosPredict25VideoToVideoInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    CosmosPredict25VideoToVideoInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_cosmos_predict_25_video_to_video_input_video_output_type(
    value: str,
) -> CosmosPredict25VideoToVideoInputVideoOutputType:
    if value in COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
