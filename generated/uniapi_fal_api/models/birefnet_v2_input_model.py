from typing import Literal

BirefnetV2InputModel = Literal[
    "General Use (Dynamic)",
    "General Use (Heavy)",
    "General Use (Light 2K)",
    "General Use (Light)",
    "Matting",
    "Portrait",
]

BIREFNET_V2_INPUT_MODEL_VALUES: set[BirefnetV2InputModel] = {
    "General Use (Dynamic)",
    "General Use (Heavy)",
    "General Use (Light 2K)",
    "General Use (Light)",
    "Matting",
    "Portrait",
}


def check_birefnet_v2_input_model(value: str) -> BirefnetV2InputModel:
    if value in BIREFNET_V2_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_INPUT_MODEL_VALUES!r}"
    )
