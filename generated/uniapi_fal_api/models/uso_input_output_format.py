from typing import Literal

UsoInputOutputFormat = Literal["jpeg", "png"]

USO_INPUT_OUTPUT_FORMAT_VALUES: set[UsoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_uso_input_output_format(value: str) -> UsoInputOutputFormat:
    if value in USO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
