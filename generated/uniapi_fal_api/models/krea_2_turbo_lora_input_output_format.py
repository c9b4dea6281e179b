from typing import Literal

Krea2TurboLoraInputOutputFormat = Literal["jpeg", "png"]

KREA_2_TURBO_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[Krea2TurboLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_krea_2_turbo_lora_input_output_format(value: str) -> Krea2TurboLoraInputOutputFormat:
    if value in KREA_2_TURBO_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
