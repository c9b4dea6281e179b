from typing import Literal

GoogleNanoBananaLiteEditInputThinkingLevel = Literal["high", "minimal"]

GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_THINKING_LEVEL_VALUES: set[
    GoogleNanoBananaLiteEditInputThinkingLevel
] = {
    "high",
    "minimal",
}


def check_google_nano_banana_lite_edit_input_thinking_level(
    value: str,
) -> GoogleNanoBananaLiteEditInputThinkingLevel:
    if value in GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_THINKING_LEVEL_VALUES!r}"
    )
