from typing import Literal

BirefnetInputOperatingResolution = Literal["1024x1024", "2048x2048"]

BIREFNET_INPUT_OPERATING_RESOLUTION_VALUES: set[BirefnetInputOperatingResolution] = {
    "1024x1024",
    "2048x2048",
}


def check_birefnet_input_operating_resolution(value: str) -> BirefnetInputOperatingResolution:
    if value in BIREFNET_INPUT_OPERATING_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_INPUT_OPERATING_RESOLUTION_VALUES!r}"
    )
