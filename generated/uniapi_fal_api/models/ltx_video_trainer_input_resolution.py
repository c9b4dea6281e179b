from typing import Literal

LtxVideoTrainerInputResolution = Literal["high", "low", "medium"]

LTX_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES: set[LtxVideoTrainerInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_video_trainer_input_resolution(value: str) -> LtxVideoTrainerInputResolution:
    if value in LTX_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES!r}"
    )
