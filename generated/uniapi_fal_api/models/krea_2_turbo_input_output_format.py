from typing import Literal

Krea2TurboInputOutputFormat = Literal["jpeg", "png"]

KREA_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[Krea2TurboInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_krea_2_turbo_input_output_format(value: str) -> Krea2TurboInputOutputFormat:
    if value in KREA_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
