from typing import Literal

NanoBananaInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

NANO_BANANA_INPUT_ASPECT_RATIO_VALUES: set[NanoBananaInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_nano_banana_input_aspect_ratio(value: str) -> NanoBananaInputAspectRatio:
    if value in NANO_BANANA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
