from typing import Literal

MoonvalleyMareyI2VInputDuration = Literal["10s", "5s"]

MOONVALLEY_MAREY_I2V_INPUT_DURATION_VALUES: set[MoonvalleyMareyI2VInputDuration] = {
    "10s",
    "5s",
}


def check_moonvalley_marey_i2v_input_duration(value: str) -> MoonvalleyMareyI2VInputDuration:
    if value in MOONVALLEY_MAREY_I2V_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONVALLEY_MAREY_I2V_INPUT_DURATION_VALUES!r}"
    )
