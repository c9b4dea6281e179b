from typing import Literal

SigmasInputV5C4864Method = Literal["array", "default"]

SIGMAS_INPUT_V5C4864_METHOD_VALUES: set[SigmasInputV5C4864Method] = {
    "array",
    "default",
}


def check_sigmas_input_v5c4864_method(value: str) -> SigmasInputV5C4864Method:
    if value in SIGMAS_INPUT_V5C4864_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGMAS_INPUT_V5C4864_METHOD_VALUES!r}"
    )
