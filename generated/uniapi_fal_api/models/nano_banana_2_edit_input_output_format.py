from typing import Literal

NanoBanana2EditInputOutputFormat = Literal["jpeg", "png", "webp"]

NANO_BANANA_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[NanoBanana2EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_nano_banana_2_edit_input_output_format(value: str) -> NanoBanana2EditInputOutputFormat:
    if value in NANO_BANANA_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
