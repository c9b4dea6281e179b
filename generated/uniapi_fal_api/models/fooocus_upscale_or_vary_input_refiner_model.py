from typing import Literal

FooocusUpscaleOrVaryInputRefinerModel = Literal["None", "realisticVisionV60B1_v51VAE.safetensors"]

FOOOCUS_UPSCALE_OR_VARY_INPUT_REFINER_MODEL_VALUES: set[FooocusUpscaleOrVaryInputRefinerModel] = {
    "None",
    "realisticVisionV60B1_v51VAE.safetensors",
}


def check_fooocus_upscale_or_vary_input_refiner_model(
    value: str,
) -> FooocusUpscaleOrVaryInputRefinerModel:
    if value in FOOOCUS_UPSCALE_OR_VARY_INPUT_REFINER_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_UPSCALE_OR_VARY_INPUT_REFINER_MODEL_VALUES!r}"
    )
