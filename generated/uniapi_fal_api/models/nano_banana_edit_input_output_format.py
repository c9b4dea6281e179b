from typing import Literal

NanoBananaEditInputOutputFormat = Literal["jpeg", "png", "webp"]

NANO_BANANA_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[NanoBananaEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_nano_banana_edit_input_output_format(value: str) -> NanoBananaEditInputOutputFormat:
    if value in NANO_BANANA_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
