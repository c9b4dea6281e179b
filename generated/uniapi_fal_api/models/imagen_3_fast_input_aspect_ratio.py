from typing import Literal

Imagen3FastInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

IMAGEN_3_FAST_INPUT_ASPECT_RATIO_VALUES: set[Imagen3FastInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_imagen_3_fast_input_aspect_ratio(value: str) -> Imagen3FastInputAspectRatio:
    if value in IMAGEN_3_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_3_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )
