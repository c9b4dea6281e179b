from typing import Literal

DemucsInputStemsType0Item = Literal["bass", "drums", "guitar", "other", "piano", "vocals"]

DEMUCS_INPUT_STEMS_TYPE_0_ITEM_VALUES: set[DemucsInputStemsType0Item] = {
    "bass",
    "drums",
    "guitar",
    "other",
    "piano",
    "vocals",
}


def check_demucs_input_stems_type_0_item(value: str) -> DemucsInputStemsType0Item:
    if value in DEMUCS_INPUT_STEMS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEMUCS_INPUT_STEMS_TYPE_0_ITEM_VALUES!r}"
    )
