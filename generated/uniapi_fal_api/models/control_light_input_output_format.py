from typing import Literal

ControlLightInputOutputFormat = Literal["jpeg", "png", "webp"]

CONTROL_LIGHT_INPUT_OUTPUT_FORMAT_VALUES: set[ControlLightInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_control_light_input_output_format(value: str) -> ControlLightInputOutputFormat:
    if value in CONTROL_LIGHT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_LIGHT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
