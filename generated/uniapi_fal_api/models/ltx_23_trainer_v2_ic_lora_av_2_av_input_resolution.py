from typing import Literal

Ltx23TrainerV2IcLoraAv2AvInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2_IC_LORA_AV_2_AV_INPUT_RESOLUTION_VALUES: set[
    Ltx23TrainerV2IcLoraAv2AvInputResolution
] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2_ic_lora_av_2_av_input_resolution(
    value: str,
) -> Ltx23TrainerV2IcLoraAv2AvInputResolution:
    if value in LTX_23_TRAINER_V2_IC_LORA_AV_2_AV_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2_IC_LORA_AV_2_AV_INPUT_RESOLUTION_VALUES!r}"
    )
