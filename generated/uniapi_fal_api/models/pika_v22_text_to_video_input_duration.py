from typing import Literal

PikaV22TextToVideoInputDuration = Literal[5, 10]

PIKA_V22_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[PikaV22TextToVideoInputDuration] = {
    5,
    10,
}


def check_pika_v22_text_to_video_input_duration(value: int) -> PikaV22TextToVideoInputDuration:
    if value in PIKA_V22_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
