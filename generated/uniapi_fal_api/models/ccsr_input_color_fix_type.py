from typing import Literal

CcsrInputColorFixType = Literal["adain", "none", "wavelet"]

CCSR_INPUT_COLOR_FIX_TYPE_VALUES: set[CcsrInputColorFixType] = {
    "adain",
    "none",
    "wavelet",
}


def check_ccsr_input_color_fix_type(value: str) -> CcsrInputColorFixType:
    if value in CCSR_INPUT_COLOR_FIX_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CCSR_INPUT_COLOR_FIX_TYPE_VALUES!r}"
    )
