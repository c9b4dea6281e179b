from typing import Literal

PixverseV55TextToVideoInputDuration = Literal["10", "5", "8"]

PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV55TextToVideoInputDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_text_to_video_input_duration(
    value: str,
) -> PixverseV55TextToVideoInputDuration:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
