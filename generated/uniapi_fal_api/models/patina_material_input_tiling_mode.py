from typing import Literal

PatinaMaterialInputTilingMode = Literal["both", "horizontal", "vertical"]

PATINA_MATERIAL_INPUT_TILING_MODE_VALUES: set[PatinaMaterialInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_patina_material_input_tiling_mode(value: str) -> PatinaMaterialInputTilingMode:
    if value in PATINA_MATERIAL_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_INPUT_TILING_MODE_VALUES!r}"
    )
