from typing import Literal

PixverseSwapInputMode = Literal["background", "object", "person"]

PIXVERSE_SWAP_INPUT_MODE_VALUES: set[PixverseSwapInputMode] = {
    "background",
    "object",
    "person",
}


def check_pixverse_swap_input_mode(value: str) -> PixverseSwapInputMode:
    if value in PIXVERSE_SWAP_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_SWAP_INPUT_MODE_VALUES!r}"
    )
