from typing import Literal

OviInputResolution = Literal[
    "1120x448", "448x1120", "512x960", "512x992", "720x720", "960x512", "992x512"
]

OVI_INPUT_RESOLUTION_VALUES: set[OviInputResolution] = {
    "1120x448",
    "448x1120",
    "512x960",
    "512x992",
    "720x720",
    "960x512",
    "992x512",
}


def check_ovi_input_resolution(value: str) -> OviInputResolution:
    if value in OVI_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OVI_INPUT_RESOLUTION_VALUES!r}")
