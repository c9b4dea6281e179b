from typing import Literal

BirefnetInputOutputFormat = Literal["gif", "png", "webp"]

BIREFNET_INPUT_OUTPUT_FORMAT_VALUES: set[BirefnetInputOutputFormat] = {
    "gif",
    "png",
    "webp",
}


def check_birefnet_input_output_format(value: str) -> BirefnetInputOutputFormat:
    if value in BIREFNET_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
