from typing import Literal

LoraTrainingFailureDenoiser = Literal["geometry", "sparse_structure", "texture"]

LORA_TRAINING_FAILURE_DENOISER_VALUES: set[LoraTrainingFailureDenoiser] = {
    "geometry",
    "sparse_structure",
    "texture",
}


def check_lora_training_failure_denoiser(value: str) -> LoraTrainingFailureDenoiser:
    if value in LORA_TRAINING_FAILURE_DENOISER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_TRAINING_FAILURE_DENOISER_VALUES!r}"
    )
