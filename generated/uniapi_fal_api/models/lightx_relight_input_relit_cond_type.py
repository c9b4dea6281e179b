from typing import Literal

LightxRelightInputRelitCondType = Literal["bg", "hdr", "ic", "ref"]

LIGHTX_RELIGHT_INPUT_RELIT_COND_TYPE_VALUES: set[LightxRelightInputRelitCondType] = {
    "bg",
    "hdr",
    "ic",
    "ref",
}


def check_lightx_relight_input_relit_cond_type(value: str) -> LightxRelightInputRelitCondType:
    if value in LIGHTX_RELIGHT_INPUT_RELIT_COND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTX_RELIGHT_INPUT_RELIT_COND_TYPE_VALUES!r}"
    )
