from typing import Literal

Ltx23VideoTrainerInputAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES: set[Ltx23VideoTrainerInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23_video_trainer_input_aspect_ratio(value: str) -> Ltx23VideoTrainerInputAspectRatio:
    if value in LTX_23_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_VIDEO_TRAINER_INPUT_ASPECT_RATIO_VALUES!r}"
    )
