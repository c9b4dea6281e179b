from typing import Literal

TimestepsInputV5C4864Method = Literal["array", "default"]

TIMESTEPS_INPUT_V5C4864_METHOD_VALUES: set[TimestepsInputV5C4864Method] = {
    "array",
    "default",
}


def check_timesteps_input_v5c4864_method(value: str) -> TimestepsInputV5C4864Method:
    if value in TIMESTEPS_INPUT_V5C4864_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMESTEPS_INPUT_V5C4864_METHOD_VALUES!r}"
    )
