from typing import Literal

Veo31LiteInputResolution = Literal["1080p", "720p"]

VEO_31_LITE_INPUT_RESOLUTION_VALUES: set[Veo31LiteInputResolution] = {
    "1080p",
    "720p",
}


def check_veo_31_lite_input_resolution(value: str) -> Veo31LiteInputResolution:
    if value in VEO_31_LITE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_INPUT_RESOLUTION_VALUES!r}"
    )
