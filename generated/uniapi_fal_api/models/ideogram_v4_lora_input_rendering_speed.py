from typing import Literal

IdeogramV4LoraInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V4_LORA_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV4LoraInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v4_lora_input_rendering_speed(value: str) -> IdeogramV4LoraInputRenderingSpeed:
    if value in IDEOGRAM_V4_LORA_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_LORA_INPUT_RENDERING_SPEED_VALUES!r}"
    )
