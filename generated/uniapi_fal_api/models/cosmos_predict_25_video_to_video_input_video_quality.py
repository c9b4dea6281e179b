from typing import Literal

CosmosPredict25VideoToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    CosmosPredict25VideoToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_cosmos_predict_25_video_to_video_input_video_quality(
    value: str,
) -> CosmosPredict25VideoToVideoInputVideoQuality:
    if value in COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSMOS_PREDICT_25_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
