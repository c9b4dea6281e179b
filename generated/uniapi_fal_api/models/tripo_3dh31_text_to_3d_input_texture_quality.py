from typing import Literal

Tripo3DH31TextTo3DInputTextureQuality = Literal["detailed", "standard"]

TRIPO_3DH31_TEXT_TO_3D_INPUT_TEXTURE_QUALITY_VALUES: set[Tripo3DH31TextTo3DInputTextureQuality] = {
    "detailed",
    "standard",
}


def check_tripo_3dh31_text_to_3d_input_texture_quality(
    value: str,
) -> Tripo3DH31TextTo3DInputTextureQuality:
    if value in TRIPO_3DH31_TEXT_TO_3D_INPUT_TEXTURE_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3DH31_TEXT_TO_3D_INPUT_TEXTURE_QUALITY_VALUES!r}"
    )
