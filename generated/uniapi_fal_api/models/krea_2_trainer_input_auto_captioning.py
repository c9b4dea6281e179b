from typing import Literal

Krea2TrainerInputAutoCaptioning = Literal["Custom", "Object/Character", "Off", "Style"]

KREA_2_TRAINER_INPUT_AUTO_CAPTIONING_VALUES: set[Krea2TrainerInputAutoCaptioning] = {
    "Custom",
    "Object/Character",
    "Off",
    "Style",
}


def check_krea_2_trainer_input_auto_captioning(value: str) -> Krea2TrainerInputAutoCaptioning:
    if value in KREA_2_TRAINER_INPUT_AUTO_CAPTIONING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TRAINER_INPUT_AUTO_CAPTIONING_VALUES!r}"
    )
