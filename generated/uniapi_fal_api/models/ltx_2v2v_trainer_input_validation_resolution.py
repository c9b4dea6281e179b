from typing import Literal

Ltx2V2VTrainerInputValidationResolution = Literal["high", "low", "medium"]

LTX_2V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx2V2VTrainerInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_2v2v_trainer_input_validation_resolution(
    value: str,
) -> Ltx2V2VTrainerInputValidationResolution:
    if value in LTX_2V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2V2V_TRAINER_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
