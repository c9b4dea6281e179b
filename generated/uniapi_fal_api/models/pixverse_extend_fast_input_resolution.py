from typing import Literal

PixverseExtendFastInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_EXTEND_FAST_INPUT_RESOLUTION_VALUES: set[PixverseExtendFastInputResolution] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_extend_fast_input_resolution(value: str) -> PixverseExtendFastInputResolution:
    if value in PIXVERSE_EXTEND_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
