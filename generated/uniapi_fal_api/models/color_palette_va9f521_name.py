from typing import Literal

ColorPaletteVA9F521Name = Literal[
    "EMBER", "FRESH", "JUNGLE", "MAGIC", "MELON", "MOSAIC", "PASTEL", "ULTRAMARINE"
]

COLOR_PALETTE_VA9F521_NAME_VALUES: set[ColorPaletteVA9F521Name] = {
    "EMBER",
    "FRESH",
    "JUNGLE",
    "MAGIC",
    "MELON",
    "MOSAIC",
    "PASTEL",
    "ULTRAMARINE",
}


def check_color_palette_va9f521_name(value: str) -> ColorPaletteVA9F521Name:
    if value in COLOR_PALETTE_VA9F521_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLOR_PALETTE_VA9F521_NAME_VALUES!r}"
    )
