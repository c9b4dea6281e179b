from typing import Literal

BriaVideoBackgroundRemovalRealtimeInputBackgroundColor = Literal[
    "Black", "Blue", "Cyan", "Gray", "Green", "Magenta", "Orange", "Red", "White", "Yellow"
]

BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_COLOR_VALUES: set[
    BriaVideoBackgroundRemovalRealtimeInputBackgroundColor
] = {
    "Black",
    "Blue",
    "Cyan",
    "Gray",
    "Green",
    "Magenta",
    "Orange",
    "Red",
    "White",
    "Yellow",
}


def check_bria_video_background_removal_realtime_input_background_color(
    value: str,
) -> BriaVideoBackgroundRemovalRealtimeInputBackgroundColor:
    if value in BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_COLOR_VALUES!r}"
    )
