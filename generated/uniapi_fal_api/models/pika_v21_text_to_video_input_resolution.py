from typing import Literal

PikaV21TextToVideoInputResolution = Literal["1080p", "720p"]

PIKA_V21_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PikaV21TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v21_text_to_video_input_resolution(value: str) -> PikaV21TextToVideoInputResolution:
    if value in PIKA_V21_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V21_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
