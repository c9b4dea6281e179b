from typing import Literal

MagiExtendVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[MagiExtendVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_extend_video_input_aspect_ratio(value: str) -> MagiExtendVideoInputAspectRatio:
    if value in MAGI_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_EXTEND_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
