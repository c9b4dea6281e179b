from typing import Literal

WanV26ImageToVideoFlashInputResolution = Literal["1080p", "720p"]

WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES: set[
    WanV26ImageToVideoFlashInputResolution
] = {
    "1080p",
    "720p",
}


def check_wan_v26_image_to_video_flash_input_resolution(
    value: str,
) -> WanV26ImageToVideoFlashInputResolution:
    if value in WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES!r}"
    )
