from typing import Literal

NanoBanana2InputAspectRatio = Literal[
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
]

NANO_BANANA_2_INPUT_ASPECT_RATIO_VALUES: set[NanoBanana2InputAspectRatio] = {
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
}


def check_nano_banana_2_input_aspect_ratio(value: str) -> NanoBanana2InputAspectRatio:
    if value in NANO_BANANA_2_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_INPUT_ASPECT_RATIO_VALUES!r}"
    )
