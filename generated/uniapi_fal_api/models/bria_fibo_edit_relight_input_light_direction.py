from typing import Literal

BriaFiboEditRelightInputLightDirection = Literal["bottom", "front", "side", "top-down"]

BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_DIRECTION_VALUES: set[BriaFiboEditRelightInputLightDirection] = {
    "bottom",
    "front",
    "side",
    "top-down",
}


def check_bria_fibo_edit_relight_input_light_direction(
    value: str,
) -> BriaFiboEditRelightInputLightDirection:
    if value in BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_DIRECTION_VALUES!r}"
    )
