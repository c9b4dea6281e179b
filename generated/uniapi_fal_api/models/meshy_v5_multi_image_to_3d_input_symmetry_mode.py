from typing import Literal

MeshyV5MultiImageTo3DInputSymmetryMode = Literal["auto", "off", "on"]

MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES: set[
    MeshyV5MultiImageTo3DInputSymmetryMode
] = {
    "auto",
    "off",
    "on",
}


def check_meshy_v5_multi_image_to_3d_input_symmetry_mode(
    value: str,
) -> MeshyV5MultiImageTo3DInputSymmetryMode:
    if value in MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V5_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES!r}"
    )
