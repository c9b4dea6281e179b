from typing import Literal

Ltx23TrainerV2V2VMaskedInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2V2V_MASKED_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23TrainerV2V2VMaskedInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2v2v_masked_input_validation_resolution(
    value: str,
) -> Ltx23TrainerV2V2VMaskedInputValidationResolution:
    if value in LTX_23_TRAINER_V2V2V_MASKED_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2V2V_MASKED_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
