from typing import Literal

VeedVideoBackgroundRemovalInputOutputCodec = Literal["h264", "vp9"]

VEED_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES: set[
    VeedVideoBackgroundRemovalInputOutputCodec
] = {
    "h264",
    "vp9",
}


def check_veed_video_background_removal_input_output_codec(
    value: str,
) -> VeedVideoBackgroundRemovalInputOutputCodec:
    if value in VEED_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES!r}"
    )
