from typing import Literal

SanaV1548BInputStyleName = Literal[
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

SANA_V1548B_INPUT_STYLE_NAME_VALUES: set[SanaV1548BInputStyleName] = {
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


def check_sana_v1548b_input_style_name(value: str) -> SanaV1548BInputStyleName:
    if value in SANA_V1548B_INPUT_STYLE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_V1548B_INPUT_STYLE_NAME_VALUES!r}"
    )
