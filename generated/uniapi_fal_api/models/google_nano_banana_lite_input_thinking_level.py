from typing import Literal

GoogleNanoBananaLiteInputThinkingLevel = Literal["high", "minimal"]

GOOGLE_NANO_BANANA_LITE_INPUT_THINKING_LEVEL_VALUES: set[GoogleNanoBananaLiteInputThinkingLevel] = {
    "high",
    "minimal",
}


def check_google_nano_banana_lite_input_thinking_level(
    value: str,
) -> GoogleNanoBananaLiteInputThinkingLevel:
    if value in GOOGLE_NANO_BANANA_LITE_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_INPUT_THINKING_LEVEL_VALUES!r}"
    )
