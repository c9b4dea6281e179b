from typing import Literal

IdeogramV4TilingInputTilingMode = Literal["both", "horizontal", "vertical"]

IDEOGRAM_V4_TILING_INPUT_TILING_MODE_VALUES: set[IdeogramV4TilingInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_ideogram_v4_tiling_input_tiling_mode(value: str) -> IdeogramV4TilingInputTilingMode:
    if value in IDEOGRAM_V4_TILING_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_INPUT_TILING_MODE_VALUES!r}"
    )
