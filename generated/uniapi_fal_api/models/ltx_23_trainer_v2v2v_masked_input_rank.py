from typing import Literal

Ltx23TrainerV2V2VMaskedInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2V2V_MASKED_INPUT_RANK_VALUES: set[Ltx23TrainerV2V2VMaskedInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2v2v_masked_input_rank(value: int) -> Ltx23TrainerV2V2VMaskedInputRank:
    if value in LTX_23_TRAINER_V2V2V_MASKED_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2V2V_MASKED_INPUT_RANK_VALUES!r}"
    )
