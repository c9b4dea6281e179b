from typing import Literal

Trellis2InputTextureSize = Literal[1024, 2048, 4096]

TRELLIS_2_INPUT_TEXTURE_SIZE_VALUES: set[Trellis2InputTextureSize] = {
    1024,
    2048,
    4096,
}


def check_trellis_2_input_texture_size(value: int) -> Trellis2InputTextureSize:
    if value in TRELLIS_2_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
