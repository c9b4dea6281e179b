from typing import Literal

Ltx23TrainerV2Av2AvMaskedInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_AV_2_AV_MASKED_INPUT_RANK_VALUES: set[Ltx23TrainerV2Av2AvMaskedInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_av_2_av_masked_input_rank(
    value: int,
) -> Ltx23TrainerV2Av2AvMaskedInputRank:
    if value in LTX_23_TRAINER_V2_AV_2_AV_MASKED_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AV_2_AV_MASKED_INPUT_RANK_VALUES!r}"
    )
