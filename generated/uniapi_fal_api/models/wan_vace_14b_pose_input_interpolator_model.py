from typing import Literal

WanVace14BPoseInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_14B_POSE_INPUT_INTERPOLATOR_MODEL_VALUES: set[WanVace14BPoseInputInterpolatorModel] = {
    "film",
    "rife",
}


def check_wan_vace_14b_pose_input_interpolator_model(
    value: str,
) -> WanVace14BPoseInputInterpolatorModel:
    if value in WAN_VACE_14B_POSE_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_POSE_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
