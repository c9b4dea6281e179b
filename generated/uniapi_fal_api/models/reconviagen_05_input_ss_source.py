from typing import Literal

Reconviagen05InputSsSource = Literal["direct", "mesh", "mvtrellis2"]

RECONVIAGEN_05_INPUT_SS_SOURCE_VALUES: set[Reconviagen05InputSsSource] = {
    "direct",
    "mesh",
    "mvtrellis2",
}


def check_reconviagen_05_input_ss_source(value: str) -> Reconviagen05InputSsSource:
    if value in RECONVIAGEN_05_INPUT_SS_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECONVIAGEN_05_INPUT_SS_SOURCE_VALUES!r}"
    )
