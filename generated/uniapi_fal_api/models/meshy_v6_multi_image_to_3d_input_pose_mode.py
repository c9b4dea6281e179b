from typing import Literal

MeshyV6MultiImageTo3DInputPoseMode = Literal["", "a-pose", "t-pose"]

MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_POSE_MODE_VALUES: set[MeshyV6MultiImageTo3DInputPoseMode] = {
    "",
    "a-pose",
    "t-pose",
}


def check_meshy_v6_multi_image_to_3d_input_pose_mode(
    value: str,
) -> MeshyV6MultiImageTo3DInputPoseMode:
    if value in MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_POSE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_POSE_MODE_VALUES!r}"
    )
