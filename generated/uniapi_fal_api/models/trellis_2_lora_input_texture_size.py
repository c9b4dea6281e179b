from typing import Literal

Trellis2LoraInputTextureSize = Literal[1024, 2048, 4096]

TRELLIS_2_LORA_INPUT_TEXTURE_SIZE_VALUES: set[Trellis2LoraInputTextureSize] = {
    1024,
    2048,
    4096,
}


def check_trellis_2_lora_input_texture_size(value: int) -> Trellis2LoraInputTextureSize:
    if value in TRELLIS_2_LORA_INPUT_TEXTURE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_LORA_INPUT_TEXTURE_SIZE_VALUES!r}"
    )
