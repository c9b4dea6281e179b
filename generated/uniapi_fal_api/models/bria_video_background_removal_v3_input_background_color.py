from typing import Literal

BriaVideoBackgroundRemovalV3InputBackgroundColor = Literal[
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

BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_BACKGROUND_COLOR_VALUES: set[
    BriaVideoBackgroundRemovalV3InputBackgroundColor
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


def check_bria_video_background_removal_v3_input_background_color(
    value: str,
) -> BriaVideoBackgroundRemovalV3InputBackgroundColor:
    if value in BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_BACKGROUND_REMOVAL_V3_INPUT_BACKGROUND_COLOR_VALUES!r}"
    )
