from typing import Literal

IdeogramV3EditInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_EDIT_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV3EditInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_edit_input_rendering_speed(value: str) -> IdeogramV3EditInputRenderingSpeed:
    if value in IDEOGRAM_V3_EDIT_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_EDIT_INPUT_RENDERING_SPEED_VALUES!r}"
    )
