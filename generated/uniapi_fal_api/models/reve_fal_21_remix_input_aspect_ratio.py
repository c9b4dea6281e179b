from typing import Literal

ReveFal21RemixInputAspectRatio = Literal[
    "16:9",
    "17:9",
    "1:1",
    "1:2",
    "1:3",
    "1:4",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
]

REVE_FAL_21_REMIX_INPUT_ASPECT_RATIO_VALUES: set[ReveFal21RemixInputAspectRatio] = {
    "16:9",
    "17:9",
    "1:1",
    "1:2",
    "1:3",
    "1:4",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_reve_fal_21_remix_input_aspect_ratio(value: str) -> ReveFal21RemixInputAspectRatio:
    if value in REVE_FAL_21_REMIX_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_FAL_21_REMIX_INPUT_ASPECT_RATIO_VALUES!r}"
    )
