from typing import Literal

Reconviagen05InputTextureSize = Literal[1024, 2048, 4096]

RECONVIAGEN_05_INPUT_TEXTURE_SIZE_VALUES: set[Reconviagen05InputTextureSize] = {
    1024,
    2048,
    4096,
}


def check_reconviagen_05_input_texture_size(value: int) -> Reconviagen05InputTextureSize:
    if value in RECONVIAGEN_05_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECONVIAGEN_05_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
