from typing import Literal

LoraAdapterResultResolution = Literal[512, 1024]

LORA_ADAPTER_RESULT_RESOLUTION_VALUES: set[LoraAdapterResultResolution] = {
    512,
    1024,
}


def check_lora_adapter_result_resolution(value: int) -> LoraAdapterResultResolution:
    if value in LORA_ADAPTER_RESULT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_ADAPTER_RESULT_RESOLUTION_VALUES!r}"
    )
