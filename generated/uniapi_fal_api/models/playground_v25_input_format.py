from typing import Literal

PlaygroundV25InputFormat = Literal["jpeg", "png"]

PLAYGROUND_V25_INPUT_FORMAT_VALUES: set[PlaygroundV25InputFormat] = {
    "jpeg",
    "png",
}


def check_playground_v25_input_format(value: str) -> PlaygroundV25InputFormat:
    if value in PLAYGROUND_V25_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_INPUT_FORMAT_VALUES!r}"
    )
