from typing import Literal

DepthAnythingVideoInputColormap = Literal["grayscale", "inferno", "magma", "turbo", "viridis"]

DEPTH_ANYTHING_VIDEO_INPUT_COLORMAP_VALUES: set[DepthAnythingVideoInputColormap] = {
    "grayscale",
    "inferno",
    "magma",
    "turbo",
    "viridis",
}


def check_depth_anything_video_input_colormap(value: str) -> DepthAnythingVideoInputColormap:
    if value in DEPTH_ANYTHING_VIDEO_INPUT_COLORMAP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_VIDEO_INPUT_COLORMAP_VALUES!r}"
    )
