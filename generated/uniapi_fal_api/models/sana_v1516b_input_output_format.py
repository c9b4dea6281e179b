from typing import Literal

SanaV1516BInputOutputFormat = Literal["jpeg", "png"]

SANA_V1516B_INPUT_OUTPUT_FORMAT_VALUES: set[SanaV1516BInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_sana_v1516b_input_output_format(value: str) -> SanaV1516BInputOutputFormat:
    if value in SANA_V1516B_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_V1516B_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
