from typing import Literal

WanV26ReferenceToVideoInputDuration = Literal["10", "5"]

WAN_V26_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES: set[WanV26ReferenceToVideoInputDuration] = {
    "10",
    "5",
}


def check_wan_v26_reference_to_video_input_duration(
    value: str,
) -> WanV26ReferenceToVideoInputDuration:
    if value in WAN_V26_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V26_REFERENCE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
