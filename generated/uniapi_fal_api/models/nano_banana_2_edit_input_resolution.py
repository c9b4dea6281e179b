from typing import Literal

NanoBanana2EditInputResolution = Literal["0.5K", "1K", "2K", "4K"]

NANO_BANANA_2_EDIT_INPUT_RESOLUTION_VALUES: set[NanoBanana2EditInputResolution] = {
    "0.5K",
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_2_edit_input_resolution(value: str) -> NanoBanana2EditInputResolution:
    if value in NANO_BANANA_2_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
