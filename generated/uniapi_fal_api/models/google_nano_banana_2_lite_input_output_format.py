from typing import Literal

GoogleNanoBanana2LiteInputOutputFormat = Literal["jpeg", "png", "webp"]

GOOGLE_NANO_BANANA_2_LITE_INPUT_OUTPUT_FORMAT_VALUES: set[
    GoogleNanoBanana2LiteInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_google_nano_banana_2_lite_input_output_format(
    value: str,
) -> GoogleNanoBanana2LiteInputOutputFormat:
    if value in GOOGLE_NANO_BANANA_2_LITE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_2_LITE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
