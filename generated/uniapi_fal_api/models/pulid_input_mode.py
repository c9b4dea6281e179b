from typing import Literal

PulidInputMode = Literal["extreme style", "fidelity"]

PULID_INPUT_MODE_VALUES: set[PulidInputMode] = {
    "extreme style",
    "fidelity",
}


def check_pulid_input_mode(value: str) -> PulidInputMode:
    if value in PULID_INPUT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PULID_INPUT_MODE_VALUES!r}")
