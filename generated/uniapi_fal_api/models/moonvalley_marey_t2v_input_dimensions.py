from typing import Literal

MoonvalleyMareyT2VInputDimensions = Literal["1152x1152", "1152x1536", "1536x1152", "1920x1080"]

MOONVALLEY_MAREY_T2V_INPUT_DIMENSIONS_VALUES: set[MoonvalleyMareyT2VInputDimensions] = {
    "1152x1152",
    "1152x1536",
    "1536x1152",
    "1920x1080",
}


def check_moonvalley_marey_t2v_input_dimensions(value: str) -> MoonvalleyMareyT2VInputDimensions:
    if value in MOONVALLEY_MAREY_T2V_INPUT_DIMENSIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONVALLEY_MAREY_T2V_INPUT_DIMENSIONS_VALUES!r}"
    )
