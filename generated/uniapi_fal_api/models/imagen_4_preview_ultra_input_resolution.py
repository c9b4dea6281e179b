from typing import Literal

Imagen4PreviewUltraInputResolution = Literal["1K", "2K"]

IMAGEN_4_PREVIEW_ULTRA_INPUT_RESOLUTION_VALUES: set[Imagen4PreviewUltraInputResolution] = {
    "1K",
    "2K",
}


def check_imagen_4_preview_ultra_input_resolution(value: str) -> Imagen4PreviewUltraInputResolution:
    if value in IMAGEN_4_PREVIEW_ULTRA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_ULTRA_INPUT_RESOLUTION_VALUES!r}"
    )
