from typing import Literal

Wan22VaceFunA14BPoseInputTransparencyMode = Literal["black", "content_aware", "white"]

WAN_22_VACE_FUN_A14B_POSE_INPUT_TRANSPARENCY_MODE_VALUES: set[
    Wan22VaceFunA14BPoseInputTransparencyMode
] = {
    "black",
    "content_aware",
    "white",
}


def check_wan_22_vace_fun_a14b_pose_input_transparency_mode(
    value: str,
) -> Wan22VaceFunA14BPoseInputTransparencyMode:
    if value in WAN_22_VACE_FUN_A14B_POSE_INPUT_TRANSPARENCY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_POSE_INPUT_TRANSPARENCY_MODE_VALUES!r}"
    )
