from typing import Literal

PresetCustomizationShadow = Literal["max", "mid", "min", "none"]

PRESET_CUSTOMIZATION_SHADOW_VALUES: set[PresetCustomizationShadow] = {
    "max",
    "mid",
    "min",
    "none",
}


def check_preset_customization_shadow(value: str) -> PresetCustomizationShadow:
    if value in PRESET_CUSTOMIZATION_SHADOW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRESET_CUSTOMIZATION_SHADOW_VALUES!r}"
    )
