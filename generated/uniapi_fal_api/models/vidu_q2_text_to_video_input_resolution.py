from typing import Literal

ViduQ2TextToVideoInputResolution = Literal["1080p", "360p", "520p", "720p"]

VIDU_Q2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[ViduQ2TextToVideoInputResolution] = {
    "1080p",
    "360p",
    "520p",
    "720p",
}


def check_vidu_q2_text_to_video_input_resolution(value: str) -> ViduQ2TextToVideoInputResolution:
    if value in VIDU_Q2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
