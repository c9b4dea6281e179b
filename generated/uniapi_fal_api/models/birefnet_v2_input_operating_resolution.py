from typing import Literal

BirefnetV2InputOperatingResolution = Literal["1024x1024", "2048x2048", "2304x2304"]

BIREFNET_V2_INPUT_OPERATING_RESOLUTION_VALUES: set[BirefnetV2InputOperatingResolution] = {
    "1024x1024",
    "2048x2048",
    "2304x2304",
}


def check_birefnet_v2_input_operating_resolution(value: str) -> BirefnetV2InputOperatingResolution:
    if value in BIREFNET_V2_INPUT_OPERATING_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_INPUT_OPERATING_RESOLUTION_VALUES!r}"
    )
