from typing import Literal

LoraInpaintInputPredictionType = Literal["epsilon", "v_prediction"]

LORA_INPAINT_INPUT_PREDICTION_TYPE_VALUES: set[LoraInpaintInputPredictionType] = {
    "epsilon",
    "v_prediction",
}


def check_lora_inpaint_input_prediction_type(value: str) -> LoraInpaintInputPredictionType:
    if value in LORA_INPAINT_INPUT_PREDICTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPAINT_INPUT_PREDICTION_TYPE_VALUES!r}"
    )
