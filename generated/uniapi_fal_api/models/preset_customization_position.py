from typing import Literal

PresetCustomizationPosition = Literal["bottom", "center", "top"]

PRESET_CUSTOMIZATION_POSITION_VALUES: set[PresetCustomizationPosition] = {
    "bottom",
    "center",
    "top",
}


def check_preset_customization_position(value: str) -> PresetCustomizationPosition:
    if value in PRESET_CUSTOMIZATION_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRESET_CUSTOMIZATION_POSITION_VALUES!r}"
    )
