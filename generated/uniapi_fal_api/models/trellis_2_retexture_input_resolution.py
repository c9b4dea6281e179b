from typing import Literal

Trellis2RetextureInputResolution = Literal[512, 1024]

TRELLIS_2_RETEXTURE_INPUT_RESOLUTION_VALUES: set[Trellis2RetextureInputResolution] = {
    512,
    1024,
}


def check_trellis_2_retexture_input_resolution(value: int) -> Trellis2RetextureInputResolution:
    if value in TRELLIS_2_RETEXTURE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRELLIS_2_RETEXTURE_INPUT_RESOLUTION_VALUES!r}"
    )
