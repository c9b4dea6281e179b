from typing import Literal

WanVace14BPoseInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_14B_POSE_INPUT_VIDEO_QUALITY_VALUES: set[WanVace14BPoseInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_14b_pose_input_video_quality(value: str) -> WanVace14BPoseInputVideoQuality:
    if value in WAN_VACE_14B_POSE_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_POSE_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
