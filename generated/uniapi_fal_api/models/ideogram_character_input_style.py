from typing import Literal

IdeogramCharacterInputStyle = Literal["AUTO", "FICTION", "REALISTIC"]

IDEOGRAM_CHARACTER_INPUT_STYLE_VALUES: set[IdeogramCharacterInputStyle] = {
    "AUTO",
    "FICTION",
    "REALISTIC",
}


def check_ideogram_character_input_style(value: str) -> IdeogramCharacterInputStyle:
    if value in IDEOGRAM_CHARACTER_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_INPUT_STYLE_VALUES!r}"
    )
