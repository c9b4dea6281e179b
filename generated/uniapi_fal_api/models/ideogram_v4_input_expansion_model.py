from typing import Literal

IdeogramV4InputExpansionModel = Literal["Large", "Medium", "None"]

IDEOGRAM_V4_INPUT_EXPANSION_MODEL_VALUES: set[IdeogramV4InputExpansionModel] = {
    "Large",
    "Medium",
    "None",
}


def check_ideogram_v4_input_expansion_model(value: str) -> IdeogramV4InputExpansionModel:
    if value in IDEOGRAM_V4_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
