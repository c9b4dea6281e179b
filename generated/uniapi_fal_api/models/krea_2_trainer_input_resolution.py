from typing import Literal

Krea2TrainerInputResolution = Literal[768, 1024]

KREA_2_TRAINER_INPUT_RESOLUTION_VALUES: set[Krea2TrainerInputResolution] = {
    768,
    1024,
}


def check_krea_2_trainer_input_resolution(value: int) -> Krea2TrainerInputResolution:
    if value in KREA_2_TRAINER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TRAINER_INPUT_RESOLUTION_VALUES!r}"
    )
