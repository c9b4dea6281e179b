from typing import Literal

PixverseV35TextToVideoInputDuration = Literal["5", "8"]

PIXVERSE_V35_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[PixverseV35TextToVideoInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v35_text_to_video_input_duration(
    value: str,
) -> PixverseV35TextToVideoInputDuration:
    if value in PIXVERSE_V35_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
