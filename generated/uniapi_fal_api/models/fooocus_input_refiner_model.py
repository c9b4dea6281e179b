from typing import Literal

FooocusInputRefinerModel = Literal["None", "realisticVisionV60B1_v51VAE.safetensors"]

FOOOCUS_INPUT_REFINER_MODEL_VALUES: set[FooocusInputRefinerModel] = {
    "None",
    "realisticVisionV60B1_v51VAE.safetensors",
}


def check_fooocus_input_refiner_model(value: str) -> FooocusInputRefinerModel:
    if value in FOOOCUS_INPUT_REFINER_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPUT_REFINER_MODEL_VALUES!r}"
    )
