from typing import Literal

GoogleNanoBanana2LiteInputThinkingLevel = Literal["high", "minimal"]

GOOGLE_NANO_BANANA_2_LITE_INPUT_THINKING_LEVEL_VALUES: set[
    GoogleNanoBanana2LiteInputThinkingLevel
] = {
    "high",
    "minimal",
}


def check_google_nano_banana_2_lite_input_thinking_level(
    value: str,
) -> GoogleNanoBanana2LiteInputThinkingLevel:
    if value in GOOGLE_NANO_BANANA_2_LITE_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_2_LITE_INPUT_THINKING_LEVEL_VALUES!r}"
    )
