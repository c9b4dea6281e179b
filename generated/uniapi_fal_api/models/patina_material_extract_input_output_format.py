from typing import Literal

PatinaMaterialExtractInputOutputFormat = Literal["jpeg", "png", "webp"]

PATINA_MATERIAL_EXTRACT_INPUT_OUTPUT_FORMAT_VALUES: set[PatinaMaterialExtractInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_patina_material_extract_input_output_format(
    value: str,
) -> PatinaMaterialExtractInputOutputFormat:
    if value in PATINA_MATERIAL_EXTRACT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_EXTRACT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
