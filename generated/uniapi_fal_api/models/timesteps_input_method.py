from typing import Literal

TimestepsInputMethod = Literal["array", "default"]

TIMESTEPS_INPUT_METHOD_VALUES: set[TimestepsInputMethod] = {
    "array",
    "default",
}


def check_timesteps_input_method(value: str) -> TimestepsInputMethod:
    if value in TIMESTEPS_INPUT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMESTEPS_INPUT_METHOD_VALUES!r}"
    )
