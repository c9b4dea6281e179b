from typing import Literal

FramepackInputResolution = Literal["480p", "720p"]

FRAMEPACK_INPUT_RESOLUTION_VALUES: set[FramepackInputResolution] = {
    "480p",
    "720p",
}


def check_framepack_input_resolution(value: str) -> FramepackInputResolution:
    if value in FRAMEPACK_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_INPUT_RESOLUTION_VALUES!r}"
    )
