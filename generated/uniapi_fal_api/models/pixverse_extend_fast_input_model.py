from typing import Literal

PixverseExtendFastInputModel = Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"]

PIXVERSE_EXTEND_FAST_INPUT_MODEL_VALUES: set[PixverseExtendFastInputModel] = {
    "v3.5",
    "v4",
    "v4.5",
    "v5",
    "v5.5",
    "v5.6",
    "v6",
}


def check_pixverse_extend_fast_input_model(value: str) -> PixverseExtendFastInputModel:
    if value in PIXVERSE_EXTEND_FAST_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_FAST_INPUT_MODEL_VALUES!r}"
    )
