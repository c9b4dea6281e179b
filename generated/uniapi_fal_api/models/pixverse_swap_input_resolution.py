from typing import Literal

PixverseSwapInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_SWAP_INPUT_RESOLUTION_VALUES: set[PixverseSwapInputResolution] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_swap_input_resolution(value: str) -> PixverseSwapInputResolution:
    if value in PIXVERSE_SWAP_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_SWAP_INPUT_RESOLUTION_VALUES!r}"
    )
