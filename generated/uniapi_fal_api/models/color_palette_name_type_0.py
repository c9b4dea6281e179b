from typing import Literal

ColorPaletteNameType0 = Literal[
    "EMBER", "FRESH", "JUNGLE", "MAGIC", "MELON", "MOSAIC", "PASTEL", "ULTRAMARINE"
]

COLOR_PALETTE_NAME_TYPE_0_VALUES: set[ColorPaletteNameType0] = {
    "EMBER",
    "FRESH",
    "JUNGLE",
    "MAGIC",
    "MELON",
    "MOSAIC",
    "PASTEL",
    "ULTRAMARINE",
}


def check_color_palette_name_type_0(value: str) -> ColorPaletteNameType0:
    if value in COLOR_PALETTE_NAME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLOR_PALETTE_NAME_TYPE_0_VALUES!r}"
    )
