from typing import Literal

Veo3FastInputResolution = Literal["1080p", "720p"]

VEO_3_FAST_INPUT_RESOLUTION_VALUES: set[Veo3FastInputResolution] = {
    "1080p",
    "720p",
}


def check_veo_3_fast_input_resolution(value: str) -> Veo3FastInputResolution:
    if value in VEO_3_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
