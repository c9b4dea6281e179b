from typing import Literal

Veo3InputDuration = Literal["4s", "6s", "8s"]

VEO_3_INPUT_DURATION_VALUES: set[Veo3InputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_3_input_duration(value: str) -> Veo3InputDuration:
    if value in VEO_3_INPUT_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_3_INPUT_DURATION_VALUES!r}")
