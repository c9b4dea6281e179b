from typing import Literal

PatinaMaterialInputOutputFormat = Literal["jpeg", "png", "webp"]

PATINA_MATERIAL_INPUT_OUTPUT_FORMAT_VALUES: set[PatinaMaterialInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_patina_material_input_output_format(value: str) -> PatinaMaterialInputOutputFormat:
    if value in PATINA_MATERIAL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
