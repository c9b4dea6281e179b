from typing import Literal

WanV27ReferenceToVideoInputResolution = Literal["1080p", "720p"]

WAN_V27_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV27ReferenceToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_v27_reference_to_video_input_resolution(
    value: str,
) -> WanV27ReferenceToVideoInputResolution:
    if value in WAN_V27_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
