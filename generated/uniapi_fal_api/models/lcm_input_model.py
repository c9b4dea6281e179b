from typing import Literal

LcmInputModel = Literal["sdv1-5", "sdxl"]

LCM_INPUT_MODEL_VALUES: set[LcmInputModel] = {
    "sdv1-5",
    "sdxl",
}


def check_lcm_input_model(value: str) -> LcmInputModel:
    if value in LCM_INPUT_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LCM_INPUT_MODEL_VALUES!r}")
