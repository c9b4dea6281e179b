from typing import Literal

SanaV1548BInputOutputFormat = Literal["jpeg", "png"]

SANA_V1548B_INPUT_OUTPUT_FORMAT_VALUES: set[SanaV1548BInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_sana_v1548b_input_output_format(value: str) -> SanaV1548BInputOutputFormat:
    if value in SANA_V1548B_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_V1548B_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
