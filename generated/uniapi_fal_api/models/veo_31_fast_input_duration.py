from typing import Literal

Veo31FastInputDuration = Literal["4s", "6s", "8s"]

VEO_31_FAST_INPUT_DURATION_VALUES: set[Veo31FastInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_31_fast_input_duration(value: str) -> Veo31FastInputDuration:
    if value in VEO_31_FAST_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_INPUT_DURATION_VALUES!r}"
    )
