from typing import Literal

WanV22A14BImageToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V22A14B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    WanV22A14BImageToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v22a14b_image_to_video_input_video_quality(
    value: str,
) -> WanV22A14BImageToVideoInputVideoQuality:
    if value in WAN_V22A14B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
