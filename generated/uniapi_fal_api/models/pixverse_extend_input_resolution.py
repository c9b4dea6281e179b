from typing import Literal

PixverseExtendInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_EXTEND_INPUT_RESOLUTION_VALUES: set[PixverseExtendInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_extend_input_resolution(value: str) -> PixverseExtendInputResolution:
    if value in PIXVERSE_EXTEND_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_INPUT_RESOLUTION_VALUES!r}"
    )
