from typing import Literal

DreamshaperInputModelName = Literal[
    "Lykon/dreamshaper-8", "Lykon/dreamshaper-xl-1-0", "Lykon/dreamshaper-xl-v2-turbo"
]

DREAMSHAPER_INPUT_MODEL_NAME_VALUES: set[DreamshaperInputModelName] = {
    "Lykon/dreamshaper-8",
    "Lykon/dreamshaper-xl-1-0",
    "Lykon/dreamshaper-xl-v2-turbo",
}


def check_dreamshaper_input_model_name(value: str) -> DreamshaperInputModelName:
    if value in DREAMSHAPER_INPUT_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMSHAPER_INPUT_MODEL_NAME_VALUES!r}"
    )
