from typing import Literal

TelestyleV2InputOutputFormat = Literal["jpeg", "png"]

TELESTYLE_V2_INPUT_OUTPUT_FORMAT_VALUES: set[TelestyleV2InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_telestyle_v2_input_output_format(value: str) -> TelestyleV2InputOutputFormat:
    if value in TELESTYLE_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TELESTYLE_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
