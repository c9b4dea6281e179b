from typing import Literal

IdeogramCharacterEditInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_CHARACTER_EDIT_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramCharacterEditInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_character_edit_input_rendering_speed(
    value: str,
) -> IdeogramCharacterEditInputRenderingSpeed:
    if value in IDEOGRAM_CHARACTER_EDIT_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_EDIT_INPUT_RENDERING_SPEED_VALUES!r}"
    )
