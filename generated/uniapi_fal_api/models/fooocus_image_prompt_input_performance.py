from typing import Literal

FooocusImagePromptInputPerformance = Literal["Extreme Speed", "Lightning", "Quality", "Speed"]

FOOOCUS_IMAGE_PROMPT_INPUT_PERFORMANCE_VALUES: set[FooocusImagePromptInputPerformance] = {
    "Extreme Speed",
    "Lightning",
    "Quality",
    "Speed",
}


def check_fooocus_image_prompt_input_performance(value: str) -> FooocusImagePromptInputPerformance:
    if value in FOOOCUS_IMAGE_PROMPT_INPUT_PERFORMANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOOOCUS_IMAGE_PROMPT_INPUT_PERFORMANCE_VALUES!r}"
    )
