from typing import Literal

BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec = Literal[
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

BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES: set[
    BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec
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


def check_bria_video_background_removal_v3_input_output_container_and_codec(
    value: str,
) -> BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec:
    if value in BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_OUTPUT_CONTAINER_AND_CODEC_VALUES!r}"
    )
