from typing import Literal

LoraAdapterResultDenoiser = Literal["geometry", "sparse_structure", "texture"]

LORA_ADAPTER_RESULT_DENOISER_VALUES: set[LoraAdapterResultDenoiser] = {
    "geometry",
    "sparse_structure",
    "texture",
}


def check_lora_adapter_result_denoiser(value: str) -> LoraAdapterResultDenoiser:
    if value in LORA_ADAPTER_RESULT_DENOISER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_ADAPTER_RESULT_DENOISER_VALUES!r}"
    )
