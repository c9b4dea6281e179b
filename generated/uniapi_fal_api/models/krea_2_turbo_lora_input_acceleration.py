from typing import Literal

Krea2TurboLoraInputAcceleration = Literal["none", "regular"]

KREA_2_TURBO_LORA_INPUT_ACCELERATION_VALUES: set[Krea2TurboLoraInputAcceleration] = {
    "none",
    "regular",
}


def check_krea_2_turbo_lora_input_acceleration(value: str) -> Krea2TurboLoraInputAcceleration:
    if value in KREA_2_TURBO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
