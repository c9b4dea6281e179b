from typing import Literal

Ltx23TrainerV2Av2AvInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_AV_2_AV_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23TrainerV2Av2AvInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_av_2_av_input_validation_resolution(
    value: str,
) -> Ltx23TrainerV2Av2AvInputValidationResolution:
    if value in LTX_23_TRAINER_V2_AV_2_AV_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_AV_2_AV_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
