from typing import Literal

ControlLoraWeightPreprocess = Literal["canny", "depth", "None"]

CONTROL_LORA_WEIGHT_PREPROCESS_VALUES: set[ControlLoraWeightPreprocess] = {
    "canny",
    "depth",
    "None",
}


def check_control_lora_weight_preprocess(value: str) -> ControlLoraWeightPreprocess:
    if value in CONTROL_LORA_WEIGHT_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_LORA_WEIGHT_PREPROCESS_VALUES!r}"
    )
