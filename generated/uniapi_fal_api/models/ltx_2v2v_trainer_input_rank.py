from typing import Literal

Ltx2V2VTrainerInputRank = Literal[8, 16, 32, 64, 128]

LTX_2V2V_TRAINER_INPUT_RANK_VALUES: set[Ltx2V2VTrainerInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_2v2v_trainer_input_rank(value: int) -> Ltx2V2VTrainerInputRank:
    if value in LTX_2V2V_TRAINER_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2V2V_TRAINER_INPUT_RANK_VALUES!r}"
    )
