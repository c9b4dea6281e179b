from typing import Literal

RelightParametersBgSource = Literal["Bottom", "Left", "Right", "Top"]

RELIGHT_PARAMETERS_BG_SOURCE_VALUES: set[RelightParametersBgSource] = {
    "Bottom",
    "Left",
    "Right",
    "Top",
}


def check_relight_parameters_bg_source(value: str) -> RelightParametersBgSource:
    if value in RELIGHT_PARAMETERS_BG_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELIGHT_PARAMETERS_BG_SOURCE_VALUES!r}"
    )
