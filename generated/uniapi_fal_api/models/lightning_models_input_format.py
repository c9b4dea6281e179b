from typing import Literal

LightningModelsInputFormat = Literal["jpeg", "png"]

LIGHTNING_MODELS_INPUT_FORMAT_VALUES: set[LightningModelsInputFormat] = {
    "jpeg",
    "png",
}


def check_lightning_models_input_format(value: str) -> LightningModelsInputFormat:
    if value in LIGHTNING_MODELS_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTNING_MODELS_INPUT_FORMAT_VALUES!r}"
    )
