from typing import Literal

PixverseV35TextToVideoFastInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES: set[
    PixverseV35TextToVideoFastInputResolution
] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v35_text_to_video_fast_input_resolution(
    value: str,
) -> PixverseV35TextToVideoFastInputResolution:
    if value in PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
