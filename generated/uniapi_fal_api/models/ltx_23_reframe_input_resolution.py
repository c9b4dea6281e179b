from typing import Literal

Ltx23ReframeInputResolution = Literal["1080p", "720p"]

LTX_23_REFRAME_INPUT_RESOLUTION_VALUES: set[Ltx23ReframeInputResolution] = {
    "1080p",
    "720p",
}


def check_ltx_23_reframe_input_resolution(value: str) -> Ltx23ReframeInputResolution:
    if value in LTX_23_REFRAME_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_REFRAME_INPUT_RESOLUTION_VALUES!r}"
    )
