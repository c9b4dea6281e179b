from typing import Literal

Trellis2RetextureInputTextureSize = Literal[1024, 2048, 4096]

TRELLIS_2_RETEXTURE_INPUT_TEXTURE_SIZE_VALUES: set[Trellis2RetextureInputTextureSize] = {
    1024,
    2048,
    4096,
}


def check_trellis_2_retexture_input_texture_size(value: int) -> Trellis2RetextureInputTextureSize:
    if value in TRELLIS_2_RETEXTURE_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_RETEXTURE_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
