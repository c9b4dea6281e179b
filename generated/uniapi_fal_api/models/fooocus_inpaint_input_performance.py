from typing import Literal

FooocusInpaintInputPerformance = Literal["Extreme Speed", "Lightning", "Quality", "Speed"]

FOOOCUS_INPAINT_INPUT_PERFORMANCE_VALUES: set[FooocusInpaintInputPerformance] = {
    "Extreme Speed",
    "Lightning",
    "Quality",
    "Speed",
}


def check_fooocus_inpaint_input_performance(value: str) -> FooocusInpaintInputPerformance:
    if value in FOOOCUS_INPAINT_INPUT_PERFORMANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_INPAINT_INPUT_PERFORMANCE_VALUES!r}"
    )
