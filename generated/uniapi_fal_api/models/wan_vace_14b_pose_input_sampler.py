from typing import Literal

WanVace14BPoseInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_14B_POSE_INPUT_SAMPLER_VALUES: set[WanVace14BPoseInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_14b_pose_input_sampler(value: str) -> WanVace14BPoseInputSampler:
    if value in WAN_VACE_14B_POSE_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_POSE_INPUT_SAMPLER_VALUES!r}"
    )
