from typing import Literal

LightxRecameraInputMode = Literal["bullet", "direct", "dolly-zoom", "gradual"]

LIGHTX_RECAMERA_INPUT_MODE_VALUES: set[LightxRecameraInputMode] = {
    "bullet",
    "direct",
    "dolly-zoom",
    "gradual",
}


def check_lightx_recamera_input_mode(value: str) -> LightxRecameraInputMode:
    if value in LIGHTX_RECAMERA_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTX_RECAMERA_INPUT_MODE_VALUES!r}"
    )
