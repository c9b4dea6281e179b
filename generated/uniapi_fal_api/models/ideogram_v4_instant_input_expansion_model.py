from typing import Literal

IdeogramV4InstantInputExpansionModel = Literal["Medium", "None"]

IDEOGRAM_V4_INSTANT_INPUT_EXPANSION_MODEL_VALUES: set[IdeogramV4InstantInputExpansionModel] = {
    "Medium",
    "None",
}


def check_ideogram_v4_instant_input_expansion_model(
    value: str,
) -> IdeogramV4InstantInputExpansionModel:
    if value in IDEOGRAM_V4_INSTANT_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_INSTANT_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
