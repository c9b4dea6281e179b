from typing import Literal

FooocusInpaintInputOutputFormat = Literal["jpeg", "png", "webp"]

FOOOCUS_INPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[FooocusInpaintInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_fooocus_inpaint_input_output_format(value: str) -> FooocusInpaintInputOutputFormat:
    if value in FOOOCUS_INPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
