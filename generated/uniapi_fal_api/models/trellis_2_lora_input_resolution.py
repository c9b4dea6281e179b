from typing import Literal

Trellis2LoraInputResolution = Literal[512, 1024]

TRELLIS_2_LORA_INPUT_RESOLUTION_VALUES: set[Trellis2LoraInputResolution] = {
    512,
    1024,
}


def check_trellis_2_lora_input_resolution(value: int) -> Trellis2LoraInputResolution:
    if value in TRELLIS_2_LORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_LORA_INPUT_RESOLUTION_VALUES!r}"
    )
