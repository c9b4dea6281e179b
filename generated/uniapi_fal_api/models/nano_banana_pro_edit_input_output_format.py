from typing import Literal

NanoBananaProEditInputOutputFormat = Literal["jpeg", "png", "webp"]

NANO_BANANA_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[NanoBananaProEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_nano_banana_pro_edit_input_output_format(
    value: str,
) -> NanoBananaProEditInputOutputFormat:
    if value in NANO_BANANA_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
