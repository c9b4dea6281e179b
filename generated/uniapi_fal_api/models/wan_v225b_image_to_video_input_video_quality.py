from typing import Literal

WanV225BImageToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[WanV225BImageToVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v225b_image_to_video_input_video_quality(
    value: str,
) -> WanV225BImageToVideoInputVideoQuality:
    if value in WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
