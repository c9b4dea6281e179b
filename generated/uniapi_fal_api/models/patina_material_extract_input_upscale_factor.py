from typing import Literal

PatinaMaterialExtractInputUpscaleFactor = Literal[0, 2, 4]

PATINA_MATERIAL_EXTRACT_INPUT_UPSCALE_FACTOR_VALUES: set[
    PatinaMaterialExtractInputUpscaleFactor
] = {
    0,
    2,
    4,
}


def check_patina_material_extract_input_upscale_factor(
    value: int,
) -> PatinaMaterialExtractInputUpscaleFactor:
    if value in PATINA_MATERIAL_EXTRACT_INPUT_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_EXTRACT_INPUT_UPSCALE_FACTOR_VALUES!r}"
    )
