from typing import Literal

Trellis2InputResolution = Literal[512, 1024, 1536]

TRELLIS_2_INPUT_RESOLUTION_VALUES: set[Trellis2InputResolution] = {
    512,
    1024,
    1536,
}


def check_trellis_2_input_resolution(value: int) -> Trellis2InputResolution:
    if value in TRELLIS_2_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_INPUT_RESOLUTION_VALUES!r}"
    )
