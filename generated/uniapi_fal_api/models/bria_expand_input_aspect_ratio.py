from typing import Literal

BriaExpandInputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

BRIA_EXPAND_INPUT_ASPECT_RATIO_VALUES: set[BriaExpandInputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_bria_expand_input_aspect_ratio(value: str) -> BriaExpandInputAspectRatio:
    if value in BRIA_EXPAND_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_EXPAND_INPUT_ASPECT_RATIO_VALUES!r}"
    )
