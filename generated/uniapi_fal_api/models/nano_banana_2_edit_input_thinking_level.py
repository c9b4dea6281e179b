from typing import Literal

NanoBanana2EditInputThinkingLevel = Literal["high", "minimal"]

NANO_BANANA_2_EDIT_INPUT_THINKING_LEVEL_VALUES: set[NanoBanana2EditInputThinkingLevel] = {
    "high",
    "minimal",
}


def check_nano_banana_2_edit_input_thinking_level(value: str) -> NanoBanana2EditInputThinkingLevel:
    if value in NANO_BANANA_2_EDIT_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_EDIT_INPUT_THINKING_LEVEL_VALUES!r}"
    )
