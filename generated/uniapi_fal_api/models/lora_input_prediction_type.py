from typing import Literal

LoraInputPredictionType = Literal["epsilon", "v_prediction"]

LORA_INPUT_PREDICTION_TYPE_VALUES: set[LoraInputPredictionType] = {
    "epsilon",
    "v_prediction",
}


def check_lora_input_prediction_type(value: str) -> LoraInputPredictionType:
    if value in LORA_INPUT_PREDICTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPUT_PREDICTION_TYPE_VALUES!r}"
    )
