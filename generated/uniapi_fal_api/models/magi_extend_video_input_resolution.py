from typing import Literal

MagiExtendVideoInputResolution = Literal["480p", "720p"]

MAGI_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES: set[MagiExtendVideoInputResolution] = {
    "480p",
    "720p",
}


def check_magi_extend_video_input_resolution(value: str) -> MagiExtendVideoInputResolution:
    if value in MAGI_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_EXTEND_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
