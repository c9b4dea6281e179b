from typing import Literal

FfmpegApiExtractFrameInputFrameType = Literal["first", "last", "middle"]

FFMPEG_API_EXTRACT_FRAME_INPUT_FRAME_TYPE_VALUES: set[FfmpegApiExtractFrameInputFrameType] = {
    "first",
    "last",
    "middle",
}


def check_ffmpeg_api_extract_frame_input_frame_type(
    value: str,
) -> FfmpegApiExtractFrameInputFrameType:
    if value in FFMPEG_API_EXTRACT_FRAME_INPUT_FRAME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FFMPEG_API_EXTRACT_FRAME_INPUT_FRAME_TYPE_VALUES!r}"
    )
