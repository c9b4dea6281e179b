from typing import Literal

MeshyV6TextTo3DInputPoseMode = Literal["", "a-pose", "t-pose"]

MESHY_V6_TEXT_TO_3D_INPUT_POSE_MODE_VALUES: set[MeshyV6TextTo3DInputPoseMode] = {
    "",
    "a-pose",
    "t-pose",
}


def check_meshy_v6_text_to_3d_input_pose_mode(value: str) -> MeshyV6TextTo3DInputPoseMode:
    if value in MESHY_V6_TEXT_TO_3D_INPUT_POSE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_TEXT_TO_3D_INPUT_POSE_MODE_VALUES!r}"
    )
