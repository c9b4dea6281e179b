from typing import Literal

WanV26TextToVideoInputDuration = Literal["10", "15", "5"]

WAN_V26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[WanV26TextToVideoInputDuration] = {
    "10",
    "15",
    "5",
}


def check_wan_v26_text_to_video_input_duration(value: str) -> WanV26TextToVideoInputDuration:
    if value in WAN_V26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
