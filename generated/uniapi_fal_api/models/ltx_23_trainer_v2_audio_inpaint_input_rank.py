from typing import Literal

Ltx23TrainerV2AudioInpaintInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RANK_VALUES: set[Ltx23TrainerV2AudioInpaintInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_trainer_v2_audio_inpaint_input_rank(
    value: int,
) -> Ltx23TrainerV2AudioInpaintInputRank:
    if value in LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AUDIO_INPAINT_INPUT_RANK_VALUES!r}"
    )
