from typing import Literal

Ltx23TrainerV2V2VMaskedInputResolution = Literal["high", "low", "medium"]

LTX_23_TRAINER_V2V2V_MASKED_INPUT_RESOLUTION_VALUES: set[Ltx23TrainerV2V2VMaskedInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23_trainer_v2v2v_masked_input_resolution(
    value: str,
) -> Ltx23TrainerV2V2VMaskedInputResolution:
    if value in LTX_23_TRAINER_V2V2V_MASKED_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TRAINER_V2V2V_MASKED_INPUT_RESOLUTION_VALUES!r}"
    )
