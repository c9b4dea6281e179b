from typing import Literal

Ltx23V2VTrainerInputResolution = Literal["high", "low", "medium"]

LTX_23V2V_TRAINER_INPUT_RESOLUTION_VALUES: set[Ltx23V2VTrainerInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_23v2v_trainer_input_resolution(value: str) -> Ltx23V2VTrainerInputResolution:
    if value in LTX_23V2V_TRAINER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23V2V_TRAINER_INPUT_RESOLUTION_VALUES!r}"
    )
