from typing import Literal

Ltx23VideoTrainerInputValidationAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES: set[
    Ltx23VideoTrainerInputValidationAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23_video_trainer_input_validation_aspect_ratio(
    value: str,
) -> Ltx23VideoTrainerInputValidationAspectRatio:
    if value in LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES!r}"
    )
