from typing import Literal

IdeogramV4TilingLoraInputTilingMode = Literal["both", "horizontal", "vertical"]

IDEOGRAM_V4_TILING_LORA_INPUT_TILING_MODE_VALUES: set[IdeogramV4TilingLoraInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_ideogram_v4_tiling_lora_input_tiling_mode(
    value: str,
) -> IdeogramV4TilingLoraInputTilingMode:
    if value in IDEOGRAM_V4_TILING_LORA_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_LORA_INPUT_TILING_MODE_VALUES!r}"
    )
