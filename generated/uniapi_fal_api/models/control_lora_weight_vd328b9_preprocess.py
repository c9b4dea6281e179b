from typing import Literal

ControlLoraWeightVD328B9Preprocess = Literal["canny", "depth", "None"]

CONTROL_LORA_WEIGHT_VD328B9_PREPROCESS_VALUES: set[ControlLoraWeightVD328B9Preprocess] = {
    "canny",
    "depth",
    "None",
}


def check_control_lora_weight_vd328b9_preprocess(value: str) -> ControlLoraWeightVD328B9Preprocess:
    if value in CONTROL_LORA_WEIGHT_VD328B9_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_LORA_WEIGHT_VD328B9_PREPROCESS_VALUES!r}"
    )
