from typing import Literal

BriaFiboEditRestyleInputStyle = Literal[
    "3D Render",
    "Anime",
    "Art Nouveau",
    "Cartoon",
    "Coloring Book",
    "Cross Etching",
    "Cubism",
    "Oil Painting",
    "Pop Art Halftone",
    "Retro Ad",
    "Story Board",
    "Vector Art",
    "Wood Cut",
]

BRIA_FIBO_EDIT_RESTYLE_INPUT_STYLE_VALUES: set[BriaFiboEditRestyleInputStyle] = {
    "3D Render",
    "Anime",
    "Art Nouveau",
    "Cartoon",
    "Coloring Book",
    "Cross Etching",
    "Cubism",
    "Oil Painting",
    "Pop Art Halftone",
    "Retro Ad",
    "Story Board",
    "Vector Art",
    "Wood Cut",
}


def check_bria_fibo_edit_restyle_input_style(value: str) -> BriaFiboEditRestyleInputStyle:
    if value in BRIA_FIBO_EDIT_RESTYLE_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_EDIT_RESTYLE_INPUT_STYLE_VALUES!r}"
    )
