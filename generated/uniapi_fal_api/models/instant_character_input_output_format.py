from typing import Literal

InstantCharacterInputOutputFormat = Literal["jpeg", "png"]

INSTANT_CHARACTER_INPUT_OUTPUT_FORMAT_VALUES: set[InstantCharacterInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_instant_character_input_output_format(value: str) -> InstantCharacterInputOutputFormat:
    if value in INSTANT_CHARACTER_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSTANT_CHARACTER_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
