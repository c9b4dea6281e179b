from typing import Literal

WanV27ImageToVideoInputResolution = Literal["1080p", "720p"]

WAN_V27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV27ImageToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_v27_image_to_video_input_resolution(value: str) -> WanV27ImageToVideoInputResolution:
    if value in WAN_V27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
