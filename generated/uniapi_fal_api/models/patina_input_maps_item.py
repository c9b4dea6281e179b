from typing import Literal

PatinaInputMapsItem = Literal["basecolor", "height", "metalness", "normal", "roughness"]

PATINA_INPUT_MAPS_ITEM_VALUES: set[PatinaInputMapsItem] = {
    "basecolor",
    "height",
    "metalness",
    "normal",
    "roughness",
}


def check_patina_input_maps_item(value: str) -> PatinaInputMapsItem:
    if value in PATINA_INPUT_MAPS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_INPUT_MAPS_ITEM_VALUES!r}"
    )
