from typing import Literal

PatinaMaterialInputUpscaleFactor = Literal[0, 2, 4]

PATINA_MATERIAL_INPUT_UPSCALE_FACTOR_VALUES: set[PatinaMaterialInputUpscaleFactor] = {
    0,
    2,
    4,
}


def check_patina_material_input_upscale_factor(value: int) -> PatinaMaterialInputUpscaleFactor:
    if value in PATINA_MATERIAL_INPUT_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_INPUT_UPSCALE_FACTOR_VALUES!r}"
    )
