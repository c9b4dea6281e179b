from typing import Literal

Imagineart20PreviewTextToImageInputReasoning = Literal["high", "low"]

IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_REASONING_VALUES: set[
    Imagineart20PreviewTextToImageInputReasoning
] = {
    "high",
    "low",
}


def check_imagineart_20_preview_text_to_image_input_reasoning(
    value: str,
) -> Imagineart20PreviewTextToImageInputReasoning:
    if value in IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_REASONING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_REASONING_VALUES!r}"
    )
