from typing import Literal

PixverseV56TextToVideoInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V56_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES: set[
    PixverseV56TextToVideoInputThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v56_text_to_video_input_thinking_type(
    value: str,
) -> PixverseV56TextToVideoInputThinkingType:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_INPUT_THINKING_TYPE_VALUES!r}"
    )
