from typing import Literal

FooocusUpscaleOrVaryInputPerformance = Literal["Extreme Speed", "Lightning", "Quality", "Speed"]

FOOOCUS_UPSCALE_OR_VARY_INPUT_PERFORMANCE_VALUES: set[FooocusUpscaleOrVaryInputPerformance] = {
    "Extreme Speed",
    "Lightning",
    "Quality",
    "Speed",
}


def check_fooocus_upscale_or_vary_input_performance(
    value: str,
) -> FooocusUpscaleOrVaryInputPerformance:
    if value in FOOOCUS_UPSCALE_OR_VARY_INPUT_PERFORMANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_UPSCALE_OR_VARY_INPUT_PERFORMANCE_VALUES!r}"
    )
