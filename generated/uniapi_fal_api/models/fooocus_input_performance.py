from typing import Literal

FooocusInputPerformance = Literal["Extreme Speed", "Lightning", "Quality", "Speed"]

FOOOCUS_INPUT_PERFORMANCE_VALUES: set[FooocusInputPerformance] = {
    "Extreme Speed",
    "Lightning",
    "Quality",
    "Speed",
}


def check_fooocus_input_performance(value: str) -> FooocusInputPerformance:
    if value in FOOOCUS_INPUT_PERFORMANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPUT_PERFORMANCE_VALUES!r}"
    )
