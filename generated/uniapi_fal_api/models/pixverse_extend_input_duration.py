from typing import Literal

PixverseExtendInputDuration = Literal["5", "8"]

PIXVERSE_EXTEND_INPUT_DURATION_VALUES: set[PixverseExtendInputDuration] = {
    "5",
    "8",
}


def check_pixverse_extend_input_duration(value: str) -> PixverseExtendInputDuration:
    if value in PIXVERSE_EXTEND_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_INPUT_DURATION_VALUES!r}"
    )
