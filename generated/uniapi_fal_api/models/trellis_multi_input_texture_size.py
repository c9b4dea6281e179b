from typing import Literal

TrellisMultiInputTextureSize = Literal[512, 1024, 2048]

TRELLIS_MULTI_INPUT_TEXTURE_SIZE_VALUES: set[TrellisMultiInputTextureSize] = {
    512,
    1024,
    2048,
}


def check_trellis_multi_input_texture_size(value: int) -> TrellisMultiInputTextureSize:
    if value in TRELLIS_MULTI_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_MULTI_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
