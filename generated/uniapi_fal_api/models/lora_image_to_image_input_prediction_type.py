from typing import Literal

LoraImageToImageInputPredictionType = Literal["epsilon", "v_prediction"]

LORA_IMAGE_TO_IMAGE_INPUT_PREDICTION_TYPE_VALUES: set[LoraImageToImageInputPredictionType] = {
    "epsilon",
    "v_prediction",
}


def check_lora_image_to_image_input_prediction_type(
    value: str,
) -> LoraImageToImageInputPredictionType:
    if value in LORA_IMAGE_TO_IMAGE_INPUT_PREDICTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_IMAGE_TO_IMAGE_INPUT_PREDICTION_TYPE_VALUES!r}"
    )
