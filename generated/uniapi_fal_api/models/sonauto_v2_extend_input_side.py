from typing import Literal

SonautoV2ExtendInputSide = Literal["left", "right"]

SONAUTO_V2_EXTEND_INPUT_SIDE_VALUES: set[SonautoV2ExtendInputSide] = {
    "left",
    "right",
}


def check_sonauto_v2_extend_input_side(value: str) -> SonautoV2ExtendInputSide:
    if value in SONAUTO_V2_EXTEND_INPUT_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONAUTO_V2_EXTEND_INPUT_SIDE_VALUES!r}"
    )
