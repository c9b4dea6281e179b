from typing import Literal

Scail2InputMode = Literal["animation", "replacement"]

SCAIL_2_INPUT_MODE_VALUES: set[Scail2InputMode] = {
    "animation",
    "replacement",
}


def check_scail_2_input_mode(value: str) -> Scail2InputMode:
    if value in SCAIL_2_INPUT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCAIL_2_INPUT_MODE_VALUES!r}")
