from typing import Literal

Ltx2V2VTrainerInputResolution = Literal["high", "low", "medium"]

LTX_2V2V_TRAINER_INPUT_RESOLUTION_VALUES: set[Ltx2V2VTrainerInputResolution] = {
    "high",
    "low",
    "medium",
}


def check_ltx_2v2v_trainer_input_resolution(value: str) -> Ltx2V2VTrainerInputResolution:
    if value in LTX_2V2V_TRAINER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2V2V_TRAINER_INPUT_RESOLUTION_VALUES!r}"
    )
