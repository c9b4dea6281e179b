from typing import Literal

WanV26ReferenceToVideoFlashInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_ASPECT_RATIO_VALUES: set[
    WanV26ReferenceToVideoFlashInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_v26_reference_to_video_flash_input_aspect_ratio(
    value: str,
) -> WanV26ReferenceToVideoFlashInputAspectRatio:
    if value in WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_ASPECT_RATIO_VALUES!r}"
    )
