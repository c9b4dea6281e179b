from typing import Literal

Ltx23TrainerV2OutpaintInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_OUTPAINT_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23TrainerV2OutpaintInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_outpaint_input_validation_resolution(
    value: str,
) -> Ltx23TrainerV2OutpaintInputValidationResolution:
    if value in LTX_23_TRAINER_V2_OUTPAINT_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_OUTPAINT_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
