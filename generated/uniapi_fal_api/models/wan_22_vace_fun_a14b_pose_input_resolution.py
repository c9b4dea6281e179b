from typing import Literal

Wan22VaceFunA14BPoseInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_22_VACE_FUN_A14B_POSE_INPUT_RESOLUTION_VALUES: set[Wan22VaceFunA14BPoseInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_22_vace_fun_a14b_pose_input_resolution(
    value: str,
) -> Wan22VaceFunA14BPoseInputResolution:
    if value in WAN_22_VACE_FUN_A14B_POSE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_POSE_INPUT_RESOLUTION_VALUES!r}"
    )
