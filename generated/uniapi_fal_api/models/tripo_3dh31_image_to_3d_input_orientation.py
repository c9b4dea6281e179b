from typing import Literal

Tripo3DH31ImageTo3DInputOrientation = Literal["align_image", "default"]

TRIPO_3DH31_IMAGE_TO_3D_INPUT_ORIENTATION_VALUES: set[Tripo3DH31ImageTo3DInputOrientation] = {
    "align_image",
    "default",
}


def check_tripo_3dh31_image_to_3d_input_orientation(
    value: str,
) -> Tripo3DH31ImageTo3DInputOrientation:
    if value in TRIPO_3DH31_IMAGE_TO_3D_INPUT_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3DH31_IMAGE_TO_3D_INPUT_ORIENTATION_VALUES!r}"
    )
