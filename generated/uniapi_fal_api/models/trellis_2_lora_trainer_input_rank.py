from typing import Literal

Trellis2LoraTrainerInputRank = Literal[16, 32, 64]

TRELLIS_2_LORA_TRAINER_INPUT_RANK_VALUES: set[Trellis2LoraTrainerInputRank] = {
    16,
    32,
    64,
}


def check_trellis_2_lora_trainer_input_rank(value: int) -> Trellis2LoraTrainerInputRank:
    if value in TRELLIS_2_LORA_TRAINER_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_LORA_TRAINER_INPUT_RANK_VALUES!r}"
    )
