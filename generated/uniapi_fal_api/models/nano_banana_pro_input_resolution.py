from typing import Literal

NanoBananaProInputResolution = Literal["1K", "2K", "4K"]

NANO_BANANA_PRO_INPUT_RESOLUTION_VALUES: set[NanoBananaProInputResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_pro_input_resolution(value: str) -> NanoBananaProInputResolution:
    if value in NANO_BANANA_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
