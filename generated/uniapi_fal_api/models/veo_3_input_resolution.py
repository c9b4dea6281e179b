from typing import Literal

Veo3InputResolution = Literal["1080p", "720p"]

VEO_3_INPUT_RESOLUTION_VALUES: set[Veo3InputResolution] = {
    "1080p",
    "720p",
}


def check_veo_3_input_resolution(value: str) -> Veo3InputResolution:
    if value in VEO_3_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_3_INPUT_RESOLUTION_VALUES!r}"
    )
