from typing import Literal

Ltx23TrainerV2AudioExtendSuffixInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_RANK_VALUES: set[
    Ltx23TrainerV2AudioExtendSuffixInputRank
] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_audio_extend_suffix_input_rank(
    value: int,
) -> Ltx23TrainerV2AudioExtendSuffixInputRank:
    if value in LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_EXTEND_SUFFIX_INPUT_RANK_VALUES!r}"
    )
