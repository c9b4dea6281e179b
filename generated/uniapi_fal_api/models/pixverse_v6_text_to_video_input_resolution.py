from typing import Literal

PixverseV6TextToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV6TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_text_to_video_input_resolution(
    value: str,
) -> PixverseV6TextToVideoInputResolution:
    if value in PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
