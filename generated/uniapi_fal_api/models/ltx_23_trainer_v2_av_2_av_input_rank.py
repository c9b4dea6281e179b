from typing import Literal

Ltx23TrainerV2Av2AvInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_AV_2_AV_INPUT_RANK_VALUES: set[Ltx23TrainerV2Av2AvInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_av_2_av_input_rank(value: int) -> Ltx23TrainerV2Av2AvInputRank:
    if value in LTX_23_TRAINER_V2_AV_2_AV_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AV_2_AV_INPUT_RANK_VALUES!r}"
    )
