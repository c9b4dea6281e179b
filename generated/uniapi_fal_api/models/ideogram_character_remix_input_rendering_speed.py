from typing import Literal

IdeogramCharacterRemixInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_CHARACTER_REMIX_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramCharacterRemixInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_character_remix_input_rendering_speed(
    value: str,
) -> IdeogramCharacterRemixInputRenderingSpeed:
    if value in IDEOGRAM_CHARACTER_REMIX_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_REMIX_INPUT_RENDERING_SPEED_VALUES!r}"
    )
