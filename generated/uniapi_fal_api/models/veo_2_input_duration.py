from typing import Literal

Veo2InputDuration = Literal["5s", "6s", "7s", "8s"]

VEO_2_INPUT_DURATION_VALUES: set[Veo2InputDuration] = {
    "5s",
    "6s",
    "7s",
    "8s",
}


def check_veo_2_input_duration(value: str) -> Veo2InputDuration:
    if value in VEO_2_INPUT_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_2_INPUT_DURATION_VALUES!r}")
