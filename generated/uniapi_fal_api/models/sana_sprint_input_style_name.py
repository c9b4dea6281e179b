from typing import Literal

SanaSprintInputStyleName = Literal[
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

SANA_SPRINT_INPUT_STYLE_NAME_VALUES: set[SanaSprintInputStyleName] = {
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


def check_sana_sprint_input_style_name(value: str) -> SanaSprintInputStyleName:
    if value in SANA_SPRINT_INPUT_STYLE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_SPRINT_INPUT_STYLE_NAME_VALUES!r}"
    )
