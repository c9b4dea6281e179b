from typing import Literal

ViduQ3TextToVideoTurboInputResolution = Literal["1080p", "360p", "540p", "720p"]

VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES: set[ViduQ3TextToVideoTurboInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_vidu_q3_text_to_video_turbo_input_resolution(
    value: str,
) -> ViduQ3TextToVideoTurboInputResolution:
    if value in VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES!r}"
    )
