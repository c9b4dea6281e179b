from typing import Literal

FooocusInpaintInputRefinerModel = Literal["None", "realisticVisionV60B1_v51VAE.safetensors"]

FOOOCUS_INPAINT_INPUT_REFINER_MODEL_VALUES: set[FooocusInpaintInputRefinerModel] = {
    "None",
    "realisticVisionV60B1_v51VAE.safetensors",
}


def check_fooocus_inpaint_input_refiner_model(value: str) -> FooocusInpaintInputRefinerModel:
    if value in FOOOCUS_INPAINT_INPUT_REFINER_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_REFINER_MODEL_VALUES!r}"
    )
