from typing import Literal

Imagen4PreviewInputOutputFormat = Literal["jpeg", "png", "webp"]

IMAGEN_4_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES: set[Imagen4PreviewInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_imagen_4_preview_input_output_format(value: str) -> Imagen4PreviewInputOutputFormat:
    if value in IMAGEN_4_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGEN_4_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
