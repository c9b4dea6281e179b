from typing import Literal

BriaVideoBackgroundRemovalInputBackgroundColor = Literal[
    "Black",
    "Blue",
    "Cyan",
    "Gray",
    "Green",
    "Magenta",
    "Orange",
    "Red",
    "Transparent",
    "White",
    "Yellow",
]

BRIA_VIDEO_BACKGROUND_REMOVAL_INPUT_BACKGROUND_COLOR_VALUES: set[
    BriaVideoBackgroundRemovalInputBackgroundColor
] = {
    "Black",
    "Blue",
    "Cyan",
    "Gray",
    "Green",
    "Magenta",
    "Orange",
    "Red",
    "Transparent",
    "White",
    "Yellow",
}


def check_bria_video_background_removal_input_background_color(
    value: str,
) -> BriaVideoBackgroundRemovalInputBackgroundColor:
    if value in BRIA_VIDEO_BACKGROUND_REMOVAL_INPUT_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_BACKGROUND_REMOVAL_INPUT_BACKGROUND_COLOR_VALUES!r}"
    )
