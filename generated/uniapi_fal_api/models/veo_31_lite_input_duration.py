from typing import Literal

Veo31LiteInputDuration = Literal["4s", "6s", "8s"]

VEO_31_LITE_INPUT_DURATION_VALUES: set[Veo31LiteInputDuration] = {
    "4s",
    "6s",
    "8s",
}


def check_veo_31_lite_input_duration(value: str) -> Veo31LiteInputDuration:
    if value in VEO_31_LITE_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_INPUT_DURATION_VALUES!r}"
    )
