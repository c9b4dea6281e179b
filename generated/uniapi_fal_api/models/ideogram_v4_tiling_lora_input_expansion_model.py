from typing import Literal

IdeogramV4TilingLoraInputExpansionModel = Literal["Large", "Medium", "None"]

IDEOGRAM_V4_TILING_LORA_INPUT_EXPANSION_MODEL_VALUES: set[
    IdeogramV4TilingLoraInputExpansionModel
] = {
    "Large",
    "Medium",
    "None",
}


def check_ideogram_v4_tiling_lora_input_expansion_model(
    value: str,
) -> IdeogramV4TilingLoraInputExpansionModel:
    if value in IDEOGRAM_V4_TILING_LORA_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_LORA_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
