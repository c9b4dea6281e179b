from typing import Literal

PhotomakerInputStyle = Literal[
    "(No style)",
    "Cinematic",
    "Comic book",
    "Digital Art",
    "Disney Character",
    "Enhance",
    "Fantasy art",
    "Line art",
    "Lowpoly",
    "Neonpunk",
    "Photographic",
]

PHOTOMAKER_INPUT_STYLE_VALUES: set[PhotomakerInputStyle] = {
    "(No style)",
    "Cinematic",
    "Comic book",
    "Digital Art",
    "Disney Character",
    "Enhance",
    "Fantasy art",
    "Line art",
    "Lowpoly",
    "Neonpunk",
    "Photographic",
}


def check_photomaker_input_style(value: str) -> PhotomakerInputStyle:
    if value in PHOTOMAKER_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTOMAKER_INPUT_STYLE_VALUES!r}"
    )
