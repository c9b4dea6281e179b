from typing import Literal

BriaVideoIncreaseResolutionInputOutputContainerAndCodec = Literal[
    "gif",
    "mkv_h264",
    "mkv_h265",
    "mkv_vp9",
    "mov_h265",
    "mov_proresks",
    "mp4_h264",
    "mp4_h265",
    "webm_vp9",
]

BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES: set[
    BriaVideoIncreaseResolutionInputOutputContainerAndCodec
] = {
    "gif",
    "mkv_h264",
    "mkv_h265",
    "mkv_vp9",
    "mov_h265",
    "mov_proresks",
    "mp4_h264",
    "mp4_h265",
    "webm_vp9",
}


def check_bria_video_increase_resolution_input_output_container_and_codec(
    value: str,
) -> BriaVideoIncreaseResolutionInputOutputContainerAndCodec:
    if value in BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES!r}"
    )
