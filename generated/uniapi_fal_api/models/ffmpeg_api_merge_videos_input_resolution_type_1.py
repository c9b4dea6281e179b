from typing import Literal

FfmpegApiMergeVideosInputResolutionType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FFMPEG_API_MERGE_VIDEOS_INPUT_RESOLUTION_TYPE_1_VALUES: set[
    FfmpegApiMergeVideosInputResolutionType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ffmpeg_api_merge_videos_input_resolution_type_1(
    value: str,
) -> FfmpegApiMergeVideosInputResolutionType1:
    if value in FFMPEG_API_MERGE_VIDEOS_INPUT_RESOLUTION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FFMPEG_API_MERGE_VIDEOS_INPUT_RESOLUTION_TYPE_1_VALUES!r}"
    )
