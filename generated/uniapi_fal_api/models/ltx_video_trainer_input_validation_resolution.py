from typing import Literal

LtxVideoTrainerInputValidationResolution = Literal["high", "low", "medium"]

LTX_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    LtxVideoTrainerInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_video_trainer_input_validation_resolution(
    value: str,
) -> LtxVideoTrainerInputValidationResolution:
    if value in LTX_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
