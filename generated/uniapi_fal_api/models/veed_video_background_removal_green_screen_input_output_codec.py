from typing import Literal

VeedVideoBackgroundRemovalGreenScreenInputOutputCodec = Literal["h264", "vp9"]

VEED_VIDEO_BACKGROUND_REMOVAL_GREEN_SCREEN_INPUT_OUTPUT_CODEC_VALUES: set[
    VeedVideoBackgroundRemovalGreenScreenInputOutputCodec
] = {
    "h264",
    "vp9",
}


def check_veed_video_background_removal_green_screen_input_output_codec(
    value: str,
) -> VeedVideoBackgroundRemovalGreenScreenInputOutputCodec:
    if value in VEED_VIDEO_BACKGROUND_REMOVAL_GREEN_SCREEN_INPUT_OUTPUT_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_VIDEO_BACKGROUND_REMOVAL_GREEN_SCREEN_INPUT_OUTPUT_CODEC_VALUES!r}"
    )
