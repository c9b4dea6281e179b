from typing import Literal

Ltx23TrainerV2ExtendPrefixInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_EXTEND_PREFIX_INPUT_RANK_VALUES: set[Ltx23TrainerV2ExtendPrefixInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_extend_prefix_input_rank(
    value: int,
) -> Ltx23TrainerV2ExtendPrefixInputRank:
    if value in LTX_23_TRAINER_V2_EXTEND_PREFIX_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_EXTEND_PREFIX_INPUT_RANK_VALUES!r}"
    )
