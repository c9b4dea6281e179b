from typing import Literal

Tripo3DTripoV25MultiviewTo3DInputOrientation = Literal["align_image", "default"]

TRIPO_3D_TRIPO_V25_MULTIVIEW_TO_3D_INPUT_ORIENTATION_VALUES: set[
    Tripo3DTripoV25MultiviewTo3DInputOrientation
] = {
    "align_image",
    "default",
}


def check_tripo_3d_tripo_v25_multiview_to_3d_input_orientation(
    value: str,
) -> Tripo3DTripoV25MultiviewTo3DInputOrientation:
    if value in TRIPO_3D_TRIPO_V25_MULTIVIEW_TO_3D_INPUT_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3D_TRIPO_V25_MULTIVIEW_TO_3D_INPUT_ORIENTATION_VALUES!r}"
    )
