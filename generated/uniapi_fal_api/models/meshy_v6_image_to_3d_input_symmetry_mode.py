from typing import Literal

MeshyV6ImageTo3DInputSymmetryMode = Literal["auto", "off", "on"]

MESHY_V6_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES: set[MeshyV6ImageTo3DInputSymmetryMode] = {
    "auto",
    "off",
    "on",
}


def check_meshy_v6_image_to_3d_input_symmetry_mode(value: str) -> MeshyV6ImageTo3DInputSymmetryMode:
    if value in MESHY_V6_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_IMAGE_TO_3D_INPUT_SYMMETRY_MODE_VALUES!r}"
    )
