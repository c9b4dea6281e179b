from typing import Literal

Ltx23VideoTrainerInputResolution = Literal["high", "low", "medium"]

LTX_23_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES: set[Ltx23VideoTrainerInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_video_trainer_input_resolution(value: str) -> Ltx23VideoTrainerInputResolution:
    if value in LTX_23_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_VIDEO_TRAINER_INPUT_RESOLUTION_VALUES!r}"
    )
