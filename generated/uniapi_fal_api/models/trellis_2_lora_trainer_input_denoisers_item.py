from typing import Literal

Trellis2LoraTrainerInputDenoisersItem = Literal["geometry", "sparse_structure", "texture"]

TRELLIS_2_LORA_TRAINER_INPUT_DENOISERS_ITEM_VALUES: set[Trellis2LoraTrainerInputDenoisersItem] = {
    "geometry",
    "sparse_structure",
    "texture",
}


def check_trellis_2_lora_trainer_input_denoisers_item(
    value: str,
) -> Trellis2LoraTrainerInputDenoisersItem:
    if value in TRELLIS_2_LORA_TRAINER_INPUT_DENOISERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_LORA_TRAINER_INPUT_DENOISERS_ITEM_VALUES!r}"
    )
