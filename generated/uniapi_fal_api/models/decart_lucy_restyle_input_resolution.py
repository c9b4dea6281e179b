from typing import Literal

DecartLucyRestyleInputResolution = Literal["720p"]

DECART_LUCY_RESTYLE_INPUT_RESOLUTION_VALUES: set[DecartLucyRestyleInputResolution] = {
    "720p",
}


def check_decart_lucy_restyle_input_resolution(value: str) -> DecartLucyRestyleInputResolution:
    if value in DECART_LUCY_RESTYLE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DECART_LUCY_RESTYLE_INPUT_RESOLUTION_VALUES!r}"
    )
