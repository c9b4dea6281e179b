from typing import Literal

PatinaMaterialInputMapsItem = Literal["basecolor", "height", "metalness", "normal", "roughness"]

PATINA_MATERIAL_INPUT_MAPS_ITEM_VALUES: set[PatinaMaterialInputMapsItem] = {
    "basecolor",
    "height",
    "metalness",
    "normal",
    "roughness",
}


def check_patina_material_input_maps_item(value: str) -> PatinaMaterialInputMapsItem:
    if value in PATINA_MATERIAL_INPUT_MAPS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_INPUT_MAPS_ITEM_VALUES!r}"
    )
