from typing import Literal

Ltx23TrainerV2AudioExtendPrefixInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RANK_VALUES: set[
    Ltx23TrainerV2AudioExtendPrefixInputRank
] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_audio_extend_prefix_input_rank(
    value: int,
) -> Ltx23TrainerV2AudioExtendPrefixInputRank:
    if value in LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_EXTEND_PREFIX_INPUT_RANK_VALUES!r}"
    )
