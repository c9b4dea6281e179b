from typing import Literal

MoonvalleyMareyI2VInputDimensions = Literal[
    "1080x1920", "1152x1152", "1152x1536", "1536x1152", "1920x1080"
]

MOONVALLEY_MAREY_I2V_INPUT_DIMENSIONS_VALUES: set[MoonvalleyMareyI2VInputDimensions] = {
    "1080x1920",
    "1152x1152",
    "1152x1536",
    "1536x1152",
    "1920x1080",
}


def check_moonvalley_marey_i2v_input_dimensions(value: str) -> MoonvalleyMareyI2VInputDimensions:
    if value in MOONVALLEY_MAREY_I2V_INPUT_DIMENSIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONVALLEY_MAREY_I2V_INPUT_DIMENSIONS_VALUES!r}"
    )
