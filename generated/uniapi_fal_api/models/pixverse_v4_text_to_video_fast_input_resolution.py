from typing import Literal

PixverseV4TextToVideoFastInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES: set[
    PixverseV4TextToVideoFastInputResolution
] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v4_text_to_video_fast_input_resolution(
    value: str,
) -> PixverseV4TextToVideoFastInputResolution:
    if value in PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
