from typing import Literal

Veo31FastInputResolution = Literal["1080p", "4k", "720p"]

VEO_31_FAST_INPUT_RESOLUTION_VALUES: set[Veo31FastInputResolution] = {
    "1080p",
    "4k",
    "720p",
}


def check_veo_31_fast_input_resolution(value: str) -> Veo31FastInputResolution:
    if value in VEO_31_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
