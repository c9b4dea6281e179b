from typing import Literal

IdeogramV4TilingLoraInputAcceleration = Literal["high", "low", "none", "regular"]

IDEOGRAM_V4_TILING_LORA_INPUT_ACCELERATION_VALUES: set[IdeogramV4TilingLoraInputAcceleration] = {
    "high",
    "low",
    "none",
    "regular",
}


def check_ideogram_v4_tiling_lora_input_acceleration(
    value: str,
) -> IdeogramV4TilingLoraInputAcceleration:
    if value in IDEOGRAM_V4_TILING_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
