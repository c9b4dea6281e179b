from typing import Literal

Ltx23TrainerV2IcLoraA2AInputValidationAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_ASPECT_RATIO_VALUES: set[
    Ltx23TrainerV2IcLoraA2AInputValidationAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_23_trainer_v2_ic_lora_a2a_input_validation_aspect_ratio(
    value: str,
) -> Ltx23TrainerV2IcLoraA2AInputValidationAspectRatio:
    if value in LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_IC_LORA_A2A_INPUT_VALIDATION_ASPECT_RATIO_VALUES!r}"
    )
