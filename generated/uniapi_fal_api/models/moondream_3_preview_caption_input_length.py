from typing import Literal

Moondream3PreviewCaptionInputLength = Literal["long", "normal", "short"]

MOONDREAM_3_PREVIEW_CAPTION_INPUT_LENGTH_VALUES: set[Moondream3PreviewCaptionInputLength] = {
    "long",
    "normal",
    "short",
}


def check_moondream_3_preview_caption_input_length(
    value: str,
) -> Moondream3PreviewCaptionInputLength:
    if value in MOONDREAM_3_PREVIEW_CAPTION_INPUT_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONDREAM_3_PREVIEW_CAPTION_INPUT_LENGTH_VALUES!r}"
    )
