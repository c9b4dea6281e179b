from typing import Literal

PixverseV5TextToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV5TextToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v5_text_to_video_input_duration(
    value: str,
) -> PixverseV5TextToVideoInputDuration:
    if value in PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
