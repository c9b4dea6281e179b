from typing import Literal

GoogleNanoBananaLiteInputOutputFormat = Literal["jpeg", "png", "webp"]

GOOGLE_NANO_BANANA_LITE_INPUT_OUTPUT_FORMAT_VALUES: set[GoogleNanoBananaLiteInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_google_nano_banana_lite_input_output_format(
    value: str,
) -> GoogleNanoBananaLiteInputOutputFormat:
    if value in GOOGLE_NANO_BANANA_LITE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
