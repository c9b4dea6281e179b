from typing import Literal

CosmosPredict25ImageToVideoInputVideoOutputType = Literal[
    "GIF (.gif)", "PRORES4444 (.mov)", "VP9 (.webm)", "X264 (.mp4)"
]

COSMOS_PREDICT_25_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES: set[
    CosmosPredict25ImageToVideoInputVideoOutputType
] = {
    "GIF (.gif)",
    "PRORES4444 (.mov)",
    "VP9 (.webm)",
    "X264 (.mp4)",
}


def check_cosmos_predict_25_image_to_video_input_video_output_type(
    value: str,
) -> CosmosPredict25ImageToVideoInputVideoOutputType:
    if value in COSMOS_PREDICT_25_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSMOS_PREDICT_25_IMAGE_TO_VIDEO_INPUT_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
