from typing import Literal

BirefnetInputModel = Literal["General Use (Heavy)", "General Use (Light)", "Portrait"]

BIREFNET_INPUT_MODEL_VALUES: set[BirefnetInputModel] = {
    "General Use (Heavy)",
    "General Use (Light)",
    "Portrait",
}


def check_birefnet_input_model(value: str) -> BirefnetInputModel:
    if value in BIREFNET_INPUT_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BIREFNET_INPUT_MODEL_VALUES!r}")
