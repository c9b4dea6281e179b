from typing import Literal

PixverseExtendInputModel = Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6"]

PIXVERSE_EXTEND_INPUT_MODEL_VALUES: set[PixverseExtendInputModel] = {
    "v3.5",
    "v4",
    "v4.5",
    "v5",
    "v5.5",
    "v5.6",
}


def check_pixverse_extend_input_model(value: str) -> PixverseExtendInputModel:
    if value in PIXVERSE_EXTEND_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_INPUT_MODEL_VALUES!r}"
    )
