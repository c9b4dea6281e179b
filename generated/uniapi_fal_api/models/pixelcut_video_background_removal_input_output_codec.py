from typing import Literal

PixelcutVideoBackgroundRemovalInputOutputCodec = Literal["h264", "vp9"]

PIXELCUT_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES: set[
    PixelcutVideoBackgroundRemovalInputOutputCodec
] = {
    "h264",
    "vp9",
}


def check_pixelcut_video_background_removal_input_output_codec(
    value: str,
) -> PixelcutVideoBackgroundRemovalInputOutputCodec:
    if value in PIXELCUT_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXELCUT_VIDEO_BACKGROUND_REMOVAL_INPUT_OUTPUT_CODEC_VALUES!r}"
    )
