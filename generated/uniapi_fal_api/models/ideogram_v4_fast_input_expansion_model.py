from typing import Literal

IdeogramV4FastInputExpansionModel = Literal["Medium", "None"]

IDEOGRAM_V4_FAST_INPUT_EXPANSION_MODEL_VALUES: set[IdeogramV4FastInputExpansionModel] = {
    "Medium",
    "None",
}


def check_ideogram_v4_fast_input_expansion_model(value: str) -> IdeogramV4FastInputExpansionModel:
    if value in IDEOGRAM_V4_FAST_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_FAST_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
