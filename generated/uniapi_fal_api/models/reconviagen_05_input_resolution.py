from typing import Literal

Reconviagen05InputResolution = Literal[512, 1024, 1536]

RECONVIAGEN_05_INPUT_RESOLUTION_VALUES: set[Reconviagen05InputResolution] = {
    512,
    1024,
    1536,
}


def check_reconviagen_05_input_resolution(value: int) -> Reconviagen05InputResolution:
    if value in RECONVIAGEN_05_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECONVIAGEN_05_INPUT_RESOLUTION_VALUES!r}"
    )
