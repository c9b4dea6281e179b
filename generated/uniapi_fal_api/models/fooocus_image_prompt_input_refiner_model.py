from typing import Literal

FooocusImagePromptInputRefinerModel = Literal["None", "realisticVisionV60B1_v51VAE.safetensors"]

FOOOCUS_IMAGE_PROMPT_INPUT_REFINER_MODEL_VALUES: set[FooocusImagePromptInputRefinerModel] = {
    "None",
    "realisticVisionV60B1_v51VAE.safetensors",
}


def check_fooocus_image_prompt_input_refiner_model(
    value: str,
) -> FooocusImagePromptInputRefinerModel:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_REFINER_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_REFINER_MODEL_VALUES!r}"
    )
