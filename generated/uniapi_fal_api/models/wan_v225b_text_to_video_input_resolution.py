from typing import Literal

WanV225BTextToVideoInputResolution = Literal["580p", "720p"]

WAN_V225B_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV225BTextToVideoInputResolution] = {
    "580p",
    "720p",
}


def check_wan_v225b_text_to_video_input_resolution(
    value: str,
) -> WanV225BTextToVideoInputResolution:
    if value in WAN_V225B_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
