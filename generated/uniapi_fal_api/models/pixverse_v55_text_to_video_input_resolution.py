from typing import Literal

PixverseV55TextToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV55TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_text_to_video_input_resolution(
    value: str,
) -> PixverseV55TextToVideoInputResolution:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
