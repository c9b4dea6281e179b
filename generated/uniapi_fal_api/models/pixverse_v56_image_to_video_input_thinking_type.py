from typing import Literal

PixverseV56ImageToVideoInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_THINKING_TYPE_VALUES: set[
    PixverseV56ImageToVideoInputThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v56_image_to_video_input_thinking_type(
    value: str,
) -> PixverseV56ImageToVideoInputThinkingType:
    if value in PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_THINKING_TYPE_VALUES!r}"
    )
