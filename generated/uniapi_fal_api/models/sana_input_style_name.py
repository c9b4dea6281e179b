from typing import Literal

SanaInputStyleName = Literal[
    "(No style)",
    "3D Model",
    "Anime",
    "Cinematic",
    "Digital Art",
    "Fantasy art",
    "Manga",
    "Neonpunk",
    "Photographic",
    "Pixel art",
]

SANA_INPUT_STYLE_NAME_VALUES: set[SanaInputStyleName] = {
    "(No style)",
    "3D Model",
    "Anime",
    "Cinematic",
    "Digital Art",
    "Fantasy art",
    "Manga",
    "Neonpunk",
    "Photographic",
    "Pixel art",
}


def check_sana_input_style_name(value: str) -> SanaInputStyleName:
    if value in SANA_INPUT_STYLE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SANA_INPUT_STYLE_NAME_VALUES!r}")
