from typing import Literal

WanV26ReferenceToVideoFlashInputDuration = Literal["10", "5"]

WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES: set[
    WanV26ReferenceToVideoFlashInputDuration
] = {
    "10",
    "5",
}


def check_wan_v26_reference_to_video_flash_input_duration(
    value: str,
) -> WanV26ReferenceToVideoFlashInputDuration:
    if value in WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_REFERENCE_TO_VIDEO_FLASH_INPUT_DURATION_VALUES!r}"
    )
