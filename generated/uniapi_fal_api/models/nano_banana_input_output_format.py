from typing import Literal

NanoBananaInputOutputFormat = Literal["jpeg", "png", "webp"]

NANO_BANANA_INPUT_OUTPUT_FORMAT_VALUES: set[NanoBananaInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_nano_banana_input_output_format(value: str) -> NanoBananaInputOutputFormat:
    if value in NANO_BANANA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
