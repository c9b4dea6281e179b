from typing import Literal

PikaV22TextToVideoInputResolution = Literal["1080p", "720p"]

PIKA_V22_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PikaV22TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v22_text_to_video_input_resolution(value: str) -> PikaV22TextToVideoInputResolution:
    if value in PIKA_V22_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
