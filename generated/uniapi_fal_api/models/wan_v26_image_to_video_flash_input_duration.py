from typing import Literal

WanV26ImageToVideoFlashInputDuration = Literal["10", "15", "5"]

WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES: set[WanV26ImageToVideoFlashInputDuration] = {
    "10",
    "15",
    "5",
}


def check_wan_v26_image_to_video_flash_input_duration(
    value: str,
) -> WanV26ImageToVideoFlashInputDuration:
    if value in WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_IMAGE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES!r}"
    )
