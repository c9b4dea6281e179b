from typing import Literal

FooocusInputOutputFormat = Literal["jpeg", "png", "webp"]

FOOOCUS_INPUT_OUTPUT_FORMAT_VALUES: set[FooocusInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_fooocus_input_output_format(value: str) -> FooocusInputOutputFormat:
    if value in FOOOCUS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
