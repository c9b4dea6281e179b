from typing import Literal

PixverseC1TextToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseC1TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_text_to_video_input_resolution(
    value: str,
) -> PixverseC1TextToVideoInputResolution:
    if value in PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
