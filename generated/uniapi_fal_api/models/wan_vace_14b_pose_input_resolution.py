from typing import Literal

WanVace14BPoseInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_VACE_14B_POSE_INPUT_RESOLUTION_VALUES: set[WanVace14BPoseInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_vace_14b_pose_input_resolution(value: str) -> WanVace14BPoseInputResolution:
    if value in WAN_VACE_14B_POSE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_POSE_INPUT_RESOLUTION_VALUES!r}"
    )
