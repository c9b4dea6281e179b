from typing import Literal

Ltx23TrainerV2IcLoraA2AInputValidationResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_RESOLUTION_VALUES: set[
    Ltx23TrainerV2IcLoraA2AInputValidationResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_ic_lora_a2a_input_validation_resolution(
    value: str,
) -> Ltx23TrainerV2IcLoraA2AInputValidationResolution:
    if value in LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_RESOLUTION_VALUES!r}"
    )
