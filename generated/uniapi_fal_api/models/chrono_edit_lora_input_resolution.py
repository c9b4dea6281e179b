from typing import Literal

ChronoEditLoraInputResolution = Literal["480p", "720p"]

CHRONO_EDIT_LORA_INPUT_RESOLUTION_VALUES: set[ChronoEditLoraInputResolution] = {
    "480p",
    "720p",
}


def check_chrono_edit_lora_input_resolution(value: str) -> ChronoEditLoraInputResolution:
    if value in CHRONO_EDIT_LORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_LORA_INPUT_RESOLUTION_VALUES!r}"
    )
