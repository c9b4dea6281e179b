from typing import Literal

WanV26ReferenceToVideoFlashInputResolution = Literal["1080p", "720p"]

WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES: set[
    WanV26ReferenceToVideoFlashInputResolution
] = {
    "1080p",
    "720p",
}


def check_wan_v26_reference_to_video_flash_input_resolution(
    value: str,
) -> WanV26ReferenceToVideoFlashInputResolution:
    if value in WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_RESOLUTION_VALUES!r}"
    )
