from typing import Literal

CatVtonInputClothType = Literal["inner", "lower", "outer", "overall", "upper"]

CAT_VTON_INPUT_CLOTH_TYPE_VALUES: set[CatVtonInputClothType] = {
    "inner",
    "lower",
    "outer",
    "overall",
    "upper",
}


def check_cat_vton_input_cloth_type(value: str) -> CatVtonInputClothType:
    if value in CAT_VTON_INPUT_CLOTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAT_VTON_INPUT_CLOTH_TYPE_VALUES!r}"
    )
