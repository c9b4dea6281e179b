from typing import Literal

Imagen4PreviewInputResolution = Literal["1K", "2K"]

IMAGEN_4_PREVIEW_INPUT_RESOLUTION_VALUES: set[Imagen4PreviewInputResolution] = {
    "1K",
    "2K",
}


def check_imagen_4_preview_input_resolution(value: str) -> Imagen4PreviewInputResolution:
    if value in IMAGEN_4_PREVIEW_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_INPUT_RESOLUTION_VALUES!r}"
    )
