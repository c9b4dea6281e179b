from typing import Literal

Imagen4PreviewUltraInputOutputFormat = Literal["jpeg", "png", "webp"]

IMAGEN_4_PREVIEW_ULTRA_INPUT_OUTPUT_FORMAT_VALUES: set[Imagen4PreviewUltraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_imagen_4_preview_ultra_input_output_format(
    value: str,
) -> Imagen4PreviewUltraInputOutputFormat:
    if value in IMAGEN_4_PREVIEW_ULTRA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_ULTRA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
