from typing import Literal

Ltx23TrainerV2IcLoraV2VInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_IC_LORA_V2V_INPUT_RESOLUTION_VALUES: set[
    Ltx23TrainerV2IcLoraV2VInputResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_ic_lora_v2v_input_resolution(
    value: str,
) -> Ltx23TrainerV2IcLoraV2VInputResolution:
    if value in LTX_23_TRAINER_V2_IC_LORA_V2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_IC_LORA_V2V_INPUT_RESOLUTION_VALUES!r}"
    )
