from typing import Literal

NanoBananaProEditInputResolution = Literal["1K", "2K", "4K"]

NANO_BANANA_PRO_EDIT_INPUT_RESOLUTION_VALUES: set[NanoBananaProEditInputResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_pro_edit_input_resolution(value: str) -> NanoBananaProEditInputResolution:
    if value in NANO_BANANA_PRO_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_PRO_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
