from typing import Literal

LoraAdapterResultRank = Literal[16, 32, 64]

LORA_ADAPTER_RESULT_RANK_VALUES: set[LoraAdapterResultRank] = {
    16,
    32,
    64,
}


def check_lora_adapter_result_rank(value: int) -> LoraAdapterResultRank:
    if value in LORA_ADAPTER_RESULT_RANK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_ADAPTER_RESULT_RANK_VALUES!r}"
    )
