from typing import Literal

TriposrInputOutputFormat = Literal["glb", "obj"]

TRIPOSR_INPUT_OUTPUT_FORMAT_VALUES: set[TriposrInputOutputFormat] = {
    "glb",
    "obj",
}


def check_triposr_input_output_format(value: str) -> TriposrInputOutputFormat:
    if value in TRIPOSR_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRIPOSR_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
