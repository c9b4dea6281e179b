from typing import Literal

WanV225BImageToVideoInputResolution = Literal["580p", "720p"]

WAN_V225B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV225BImageToVideoInputResolution] = {
    "580p",
    "720p",
}


def check_wan_v225b_image_to_video_input_resolution(
    value: str,
) -> WanV225BImageToVideoInputResolution:
    if value in WAN_V225B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
