from typing import Literal

MeshyV6MultiImageTo3DInputSymmetryMode = Literal["auto", "off", "on"]

MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES: set[
    MeshyV6MultiImageTo3DInputSymmetryMode
] = {
    "auto",
    "off",
    "on",
}


def check_meshy_v6_multi_image_to_3d_input_symmetry_mode(
    value: str,
) -> MeshyV6MultiImageTo3DInputSymmetryMode:
    if value in MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_MULTI_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES!r}"
    )
