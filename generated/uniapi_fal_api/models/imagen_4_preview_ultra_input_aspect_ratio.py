from typing import Literal

Imagen4PreviewUltraInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

IMAGEN_4_PREVIEW_ULTRA_INPUT_ASPECT_RATIO_VALUES: set[Imagen4PreviewUltraInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_imagen_4_preview_ultra_input_aspect_ratio(
    value: str,
) -> Imagen4PreviewUltraInputAspectRatio:
    if value in IMAGEN_4_PREVIEW_ULTRA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_ULTRA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
