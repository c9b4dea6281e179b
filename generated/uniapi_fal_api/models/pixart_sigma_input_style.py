from typing import Literal

PixartSigmaInputStyle = Literal[
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

PIXART_SIGMA_INPUT_STYLE_VALUES: set[PixartSigmaInputStyle] = {
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


def check_pixart_sigma_input_style(value: str) -> PixartSigmaInputStyle:
    if value in PIXART_SIGMA_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXART_SIGMA_INPUT_STYLE_VALUES!r}"
    )
