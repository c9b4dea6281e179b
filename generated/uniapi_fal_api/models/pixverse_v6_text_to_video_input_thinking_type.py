from typing import Literal

PixverseV6TextToVideoInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES: set[
    PixverseV6TextToVideoInputThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v6_text_to_video_input_thinking_type(
    value: str,
) -> PixverseV6TextToVideoInputThinkingType:
    if value in PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES!r}"
    )
