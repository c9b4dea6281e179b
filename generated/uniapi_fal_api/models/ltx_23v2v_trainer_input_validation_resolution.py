from typing import Literal

Ltx23V2VTrainerInputValidationResolution = Literal["high", "low", "medium"]

LTX_23V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23V2VTrainerInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23v2v_trainer_input_validation_resolution(
    value: str,
) -> Ltx23V2VTrainerInputValidationResolution:
    if value in LTX_23V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
