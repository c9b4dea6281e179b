from typing import Literal

PixverseV5TextToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV5TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v5_text_to_video_input_resolution(
    value: str,
) -> PixverseV5TextToVideoInputResolution:
    if value in PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
