from typing import Literal

Wan25PreviewImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Wan25PreviewImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_25_preview_image_to_video_input_resolution(
    value: str,
) -> Wan25PreviewImageToVideoInputResolution:
    if value in WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
