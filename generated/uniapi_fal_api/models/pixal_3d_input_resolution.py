from typing import Literal

Pixal3DInputResolution = Literal[1024, 1536]

PIXAL_3D_INPUT_RESOLUTION_VALUES: set[Pixal3DInputResolution] = {
    1024,
    1536,
}


def check_pixal_3d_input_resolution(value: int) -> Pixal3DInputResolution:
    if value in PIXAL_3D_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXAL_3D_INPUT_RESOLUTION_VALUES!r}"
    )
