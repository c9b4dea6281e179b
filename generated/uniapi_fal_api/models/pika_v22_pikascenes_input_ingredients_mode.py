from typing import Literal

PikaV22PikascenesInputIngredientsMode = Literal["creative", "precise"]

PIKA_V22_PIKASCENES_INPUT_INGREDIENTS_MODE_VALUES: set[PikaV22PikascenesInputIngredientsMode] = {
    "creative",
    "precise",
}


def check_pika_v22_pikascenes_input_ingredients_mode(
    value: str,
) -> PikaV22PikascenesInputIngredientsMode:
    if value in PIKA_V22_PIKASCENES_INPUT_INGREDIENTS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_PIKASCENES_INPUT_INGREDIENTS_MODE_VALUES!r}"
    )
