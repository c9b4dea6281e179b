from typing import Literal

SigmasInputMethod = Literal["array", "default"]

SIGMAS_INPUT_METHOD_VALUES: set[SigmasInputMethod] = {
    "array",
    "default",
}


def check_sigmas_input_method(value: str) -> SigmasInputMethod:
    if value in SIGMAS_INPUT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGMAS_INPUT_METHOD_VALUES!r}")
