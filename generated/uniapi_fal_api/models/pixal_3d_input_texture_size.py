from typing import Literal

Pixal3DInputTextureSize = Literal[1024, 2048, 4096]

PIXAL_3D_INPUT_TEXTURE_SIZE_VALUES: set[Pixal3DInputTextureSize] = {
    1024,
    2048,
    4096,
}


def check_pixal_3d_input_texture_size(value: int) -> Pixal3DInputTextureSize:
    if value in PIXAL_3D_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXAL_3D_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
