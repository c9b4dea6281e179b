from typing import Literal

TrellisInputTextureSize = Literal[512, 1024, 2048]

TRELLIS_INPUT_TEXTURE_SIZE_VALUES: set[TrellisInputTextureSize] = {
    512,
    1024,
    2048,
}


def check_trellis_input_texture_size(value: int) -> TrellisInputTextureSize:
    if value in TRELLIS_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
