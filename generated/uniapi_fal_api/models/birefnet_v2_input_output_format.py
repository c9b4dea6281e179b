from typing import Literal

BirefnetV2InputOutputFormat = Literal["gif", "png", "webp"]

BIREFNET_V2_INPUT_OUTPUT_FORMAT_VALUES: set[BirefnetV2InputOutputFormat] = {
    "gif",
    "png",
    "webp",
}


def check_birefnet_v2_input_output_format(value: str) -> BirefnetV2InputOutputFormat:
    if value in BIREFNET_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
