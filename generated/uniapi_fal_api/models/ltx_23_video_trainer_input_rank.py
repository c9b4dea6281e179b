from typing import Literal

Ltx23VideoTrainerInputRank = Literal[8, 16, 32, 64, 128]

LTX_23_VIDEO_TRAINER_INPUT_RANK_VALUES: set[Ltx23VideoTrainerInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_23_video_trainer_input_rank(value: int) -> Ltx23VideoTrainerInputRank:
    if value in LTX_23_VIDEO_TRAINER_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_VIDEO_TRAINER_INPUT_RANK_VALUES!r}"
    )
