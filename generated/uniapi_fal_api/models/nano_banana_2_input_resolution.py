from typing import Literal

NanoBanana2InputResolution = Literal["0.5K", "1K", "2K", "4K"]

NANO_BANANA_2_INPUT_RESOLUTION_VALUES: set[NanoBanana2InputResolution] = {
    "0.5K",
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_2_input_resolution(value: str) -> NanoBanana2InputResolution:
    if value in NANO_BANANA_2_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_INPUT_RESOLUTION_VALUES!r}"
    )
