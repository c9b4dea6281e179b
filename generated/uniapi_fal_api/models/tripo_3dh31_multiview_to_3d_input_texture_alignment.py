from typing import Literal

Tripo3DH31MultiviewTo3DInputTextureAlignment = Literal["geometry", "original_image"]

TRIPO_3DH31_MULTIVIEW_TO_3D_INPUT_TEXTURE_ALIGNMENT_VALUES: set[
    Tripo3DH31MultiviewTo3DInputTextureAlignment
] = {
    "geometry",
    "original_image",
}


def check_tripo_3dh31_multiview_to_3d_input_texture_alignment(
    value: str,
) -> Tripo3DH31MultiviewTo3DInputTextureAlignment:
    if value in TRIPO_3DH31_MULTIVIEW_TO_3D_INPUT_TEXTURE_ALIGNMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3DH31_MULTIVIEW_TO_3D_INPUT_TEXTURE_ALIGNMENT_VALUES!r}"
    )
