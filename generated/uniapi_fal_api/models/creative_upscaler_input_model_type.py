from typing import Literal

CreativeUpscalerInputModelType = Literal["SD_1_5", "SDXL"]

CREATIVE_UPSCALER_INPUT_MODEL_TYPE_VALUES: set[CreativeUpscalerInputModelType] = {
    "SD_1_5",
    "SDXL",
}


def check_creative_upscaler_input_model_type(value: str) -> CreativeUpscalerInputModelType:
    if value in CREATIVE_UPSCALER_INPUT_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATIVE_UPSCALER_INPUT_MODEL_TYPE_VALUES!r}"
    )
