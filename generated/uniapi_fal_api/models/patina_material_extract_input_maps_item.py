from typing import Literal

PatinaMaterialExtractInputMapsItem = Literal[
    "basecolor", "height", "metalness", "normal", "roughness"
]

PATINA_MATERIAL_EXTRACT_INPUT_MAPS_ITEM_VALUES: set[PatinaMaterialExtractInputMapsItem] = {
    "basecolor",
    "height",
    "metalness",
    "normal",
    "roughness",
}


def check_patina_material_extract_input_maps_item(value: str) -> PatinaMaterialExtractInputMapsItem:
    if value in PATINA_MATERIAL_EXTRACT_INPUT_MAPS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_EXTRACT_INPUT_MAPS_ITEM_VALUES!r}"
    )
