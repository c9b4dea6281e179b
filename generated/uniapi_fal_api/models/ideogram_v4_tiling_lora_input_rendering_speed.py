from typing import Literal

IdeogramV4TilingLoraInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V4_TILING_LORA_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramV4TilingLoraInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v4_tiling_lora_input_rendering_speed(
    value: str,
) -> IdeogramV4TilingLoraInputRenderingSpeed:
    if value in IDEOGRAM_V4_TILING_LORA_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_LORA_INPUT_RENDERING_SPEED_VALUES!r}"
    )
