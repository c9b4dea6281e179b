from typing import Literal

GoogleNanoBananaLiteEditInputOutputFormat = Literal["jpeg", "png", "webp"]

GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    GoogleNanoBananaLiteEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_google_nano_banana_lite_edit_input_output_format(
    value: str,
) -> GoogleNanoBananaLiteEditInputOutputFormat:
    if value in GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
