from typing import Literal

RealisticVisionInputFormat = Literal["jpeg", "png"]

REALISTIC_VISION_INPUT_FORMAT_VALUES: set[RealisticVisionInputFormat] = {
    "jpeg",
    "png",
}


def check_realistic_vision_input_format(value: str) -> RealisticVisionInputFormat:
    if value in REALISTIC_VISION_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALISTIC_VISION_INPUT_FORMAT_VALUES!r}"
    )
