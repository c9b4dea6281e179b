from typing import Literal

PixverseV6ExtendInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_EXTEND_INPUT_RESOLUTION_VALUES: set[PixverseV6ExtendInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_extend_input_resolution(value: str) -> PixverseV6ExtendInputResolution:
    if value in PIXVERSE_V6_EXTEND_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EXTEND_INPUT_RESOLUTION_VALUES!r}"
    )
