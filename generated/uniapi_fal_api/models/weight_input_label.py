from typing import Literal

WeightInputLabel = Literal["Net Weight", "Weight"]

WEIGHT_INPUT_LABEL_VALUES: set[WeightInputLabel] = {
    "Net Weight",
    "Weight",
}


def check_weight_input_label(value: str) -> WeightInputLabel:
    if value in WEIGHT_INPUT_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEIGHT_INPUT_LABEL_VALUES!r}")
