from typing import Literal

BriaFiboEditColorizeInputColor = Literal[
    "black and white colors", "contemporary color", "sepia vintage", "vivid color"
]

BRIA_FIBO_EDIT_COLORIZE_INPUT_COLOR_VALUES: set[BriaFiboEditColorizeInputColor] = {
    "black and white colors",
    "contemporary color",
    "sepia vintage",
    "vivid color",
}


def check_bria_fibo_edit_colorize_input_color(value: str) -> BriaFiboEditColorizeInputColor:
    if value in BRIA_FIBO_EDIT_COLORIZE_INPUT_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_EDIT_COLORIZE_INPUT_COLOR_VALUES!r}"
    )
