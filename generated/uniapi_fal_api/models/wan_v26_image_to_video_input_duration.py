from typing import Literal

WanV26ImageToVideoInputDuration = Literal["10", "15", "5"]

WAN_V26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[WanV26ImageToVideoInputDuration] = {
    "10",
    "15",
    "5",
}


def check_wan_v26_image_to_video_input_duration(value: str) -> WanV26ImageToVideoInputDuration:
    if value in WAN_V26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
