from typing import Literal

LtxVideoTrainerInputRank = Literal[8, 16, 32, 64, 128]

LTX_VIDEO_TRAINER_INPUT_RANK_VALUES: set[LtxVideoTrainerInputRank] = {
    8,
    16,
    32,
    64,
    128,
}


def check_ltx_video_trainer_input_rank(value: int) -> LtxVideoTrainerInputRank:
    if value in LTX_VIDEO_TRAINER_INPUT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_TRAINER_INPUT_RANK_VALUES!r}"
    )
