from typing import Literal

RayEditPoseControlStrength = Literal["coarse", "precise"]

RAY_EDIT_POSE_CONTROL_STRENGTH_VALUES: set[RayEditPoseControlStrength] = {
    "coarse",
    "precise",
}


def check_ray_edit_pose_control_strength(value: str) -> RayEditPoseControlStrength:
    if value in RAY_EDIT_POSE_CONTROL_STRENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RAY_EDIT_POSE_CONTROL_STRENGTH_VALUES!r}"
    )
