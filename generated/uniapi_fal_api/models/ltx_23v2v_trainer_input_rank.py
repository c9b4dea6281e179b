from typing import Literal

Ltx23V2VTrainerInputRank = Literal[8, 16, 32, 64, 128]

LTX_23V2V_TRAINER_INPUT_RANK_VALUES: set[Ltx23V2VTrainerInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23v2v_trainer_input_rank(value: int) -> Ltx23V2VTrainerInputRank:
    if value in LTX_23V2V_TRAINER_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23V2V_TRAINER_INPUT_RANK_VALUES!r}"
    )
