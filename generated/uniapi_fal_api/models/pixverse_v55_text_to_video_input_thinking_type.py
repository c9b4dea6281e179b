from typing import Literal

PixverseV55TextToVideoInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES: set[
    PixverseV55TextToVideoInputThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_text_to_video_input_thinking_type(
    value: str,
) -> PixverseV55TextToVideoInputThinkingType:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES!r}"
    )
