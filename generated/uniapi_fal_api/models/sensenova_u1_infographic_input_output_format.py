from typing import Literal

SensenovaU1InfographicInputOutputFormat = Literal["jpeg", "png"]

SENSENOVA_U1_INFOGRAPHIC_INPUT_OUTPUT_FORMAT_VALUES: set[
    SensenovaU1InfographicInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_sensenova_u1_infographic_input_output_format(
    value: str,
) -> SensenovaU1InfographicInputOutputFormat:
    if value in SENSENOVA_U1_INFOGRAPHIC_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSENOVA_U1_INFOGRAPHIC_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
