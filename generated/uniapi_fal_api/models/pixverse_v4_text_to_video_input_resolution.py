from typing import Literal

PixverseV4TextToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV4TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v4_text_to_video_input_resolution(
    value: str,
) -> PixverseV4TextToVideoInputResolution:
    if value in PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
