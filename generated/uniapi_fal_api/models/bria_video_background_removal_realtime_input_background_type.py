from typing import Literal

BriaVideoBackgroundRemovalRealtimeInputBackgroundType = Literal["blur", "color", "image"]

BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_TYPE_VALUES: set[
    BriaVideoBackgroundRemovalRealtimeInputBackgroundType
] = {
    "blur",
    "color",
    "image",
}


def check_bria_video_background_removal_realtime_input_background_type(
    value: str,
) -> BriaVideoBackgroundRemovalRealtimeInputBackgroundType:
    if value in BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_BACKGROUND_REMOVAL_REALTIME_INPUT_BACKGROUND_TYPE_VALUES!r}"
    )
