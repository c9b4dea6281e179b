from typing import Literal

PixverseV4TextToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV4TextToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v4_text_to_video_input_duration(
    value: str,
) -> PixverseV4TextToVideoInputDuration:
    if value in PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
