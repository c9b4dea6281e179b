from typing import Literal

IdeogramV4TilingInputExpansionModel = Literal["Large", "Medium", "None"]

IDEOGRAM_V4_TILING_INPUT_EXPANSION_MODEL_VALUES: set[IdeogramV4TilingInputExpansionModel] = {
    "Large",
    "Medium",
    "None",
}


def check_ideogram_v4_tiling_input_expansion_model(
    value: str,
) -> IdeogramV4TilingInputExpansionModel:
    if value in IDEOGRAM_V4_TILING_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
