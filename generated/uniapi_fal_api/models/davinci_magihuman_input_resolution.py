from typing import Literal

DavinciMagihumanInputResolution = Literal["1080p", "256p", "540p", "720p"]

DAVINCI_MAGIHUMAN_INPUT_RESOLUTION_VALUES: set[DavinciMagihumanInputResolution] = {
    "1080p",
    "256p",
    "540p",
    "720p",
}


def check_davinci_magihuman_input_resolution(value: str) -> DavinciMagihumanInputResolution:
    if value in DAVINCI_MAGIHUMAN_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DAVINCI_MAGIHUMAN_INPUT_RESOLUTION_VALUES!r}"
    )
