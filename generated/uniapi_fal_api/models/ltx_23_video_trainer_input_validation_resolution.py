from typing import Literal

Ltx23VideoTrainerInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23VideoTrainerInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_video_trainer_input_validation_resolution(
    value: str,
) -> Ltx23VideoTrainerInputValidationResolution:
    if value in LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
