from typing import Literal

Ltx23ReframeInputAspectRatio = Literal["16:9", "1:1", "4:5", "5:4", "9:16"]

LTX_23_REFRAME_INPUT_ASPECT_RATIO_VALUES: set[Ltx23ReframeInputAspectRatio] = {
    "16:9",
    "1:1",
    "4:5",
    "5:4",
    "9:16",
}


def check_ltx_23_reframe_input_aspect_ratio(value: str) -> Ltx23ReframeInputAspectRatio:
    if value in LTX_23_REFRAME_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_REFRAME_INPUT_ASPECT_RATIO_VALUES!r}"
    )
