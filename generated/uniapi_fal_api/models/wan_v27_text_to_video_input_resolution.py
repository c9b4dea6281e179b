from typing import Literal

WanV27TextToVideoInputResolution = Literal["1080p", "720p"]

WAN_V27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV27TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_v27_text_to_video_input_resolution(value: str) -> WanV27TextToVideoInputResolution:
    if value in WAN_V27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
