from typing import Literal

LtxVideoTrainerInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES: set[LtxVideoTrainerInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_video_trainer_input_aspect_ratio(value: str) -> LtxVideoTrainerInputAspectRatio:
    if value in LTX_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES!r}"
    )
