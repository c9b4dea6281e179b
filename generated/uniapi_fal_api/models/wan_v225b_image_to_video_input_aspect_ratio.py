from typing import Literal

WanV225BImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_V225B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[WanV225BImageToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_v225b_image_to_video_input_aspect_ratio(
    value: str,
) -> WanV225BImageToVideoInputAspectRatio:
    if value in WAN_V225B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
