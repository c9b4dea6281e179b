from typing import Literal

IdeogramCharacterInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_CHARACTER_INPUT_RENDERING_SPEED_VALUES: set[IdeogramCharacterInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_character_input_rendering_speed(
    value: str,
) -> IdeogramCharacterInputRenderingSpeed:
    if value in IDEOGRAM_CHARACTER_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_INPUT_RENDERING_SPEED_VALUES!r}"
    )
