from typing import Literal

IdeogramCharacterRemixInputStyle = Literal["AUTO", "FICTION", "REALISTIC"]

IDEOGRAM_CHARACTER_REMIX_INPUT_STYLE_VALUES: set[IdeogramCharacterRemixInputStyle] = {
    "AUTO",
    "FICTION",
    "REALISTIC",
}


def check_ideogram_character_remix_input_style(value: str) -> IdeogramCharacterRemixInputStyle:
    if value in IDEOGRAM_CHARACTER_REMIX_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_REMIX_INPUT_STYLE_VALUES!r}"
    )
