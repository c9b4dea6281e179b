from typing import Literal

Tripo3DTripoV25ImageTo3DInputTexture = Literal["HD", "no", "standard"]

TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_TEXTURE_VALUES: set[Tripo3DTripoV25ImageTo3DInputTexture] = {
    "HD",
    "no",
    "standard",
}


def check_tripo_3d_tripo_v25_image_to_3d_input_texture(
    value: str,
) -> Tripo3DTripoV25ImageTo3DInputTexture:
    if value in TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_TEXTURE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPO_3D_TRIPO_V25_IMAGE_TO_3D_INPUT_TEXTURE_VALUES!r}"
    )
