from typing import Literal

Imagen4PreviewInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

IMAGEN_4_PREVIEW_INPUT_ASPECT_RATIO_VALUES: set[Imagen4PreviewInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_imagen_4_preview_input_aspect_ratio(value: str) -> Imagen4PreviewInputAspectRatio:
    if value in IMAGEN_4_PREVIEW_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_INPUT_ASPECT_RATIO_VALUES!r}"
    )
