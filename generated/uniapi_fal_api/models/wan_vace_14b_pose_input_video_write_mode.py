from typing import Literal

WanVace14BPoseInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_VACE_14B_POSE_INPUT_VIDEO_WRITE_MODE_VALUES: set[WanVace14BPoseInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_vace_14b_pose_input_video_write_mode(value: str) -> WanVace14BPoseInputVideoWriteMode:
    if value in WAN_VACE_14B_POSE_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_POSE_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
