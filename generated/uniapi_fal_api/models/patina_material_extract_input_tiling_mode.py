from typing import Literal

PatinaMaterialExtractInputTilingMode = Literal["both", "horizontal", "vertical"]

PATINA_MATERIAL_EXTRACT_INPUT_TILING_MODE_VALUES: set[PatinaMaterialExtractInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_patina_material_extract_input_tiling_mode(
    value: str,
) -> PatinaMaterialExtractInputTilingMode:
    if value in PATINA_MATERIAL_EXTRACT_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_EXTRACT_INPUT_TILING_MODE_VALUES!r}"
    )
