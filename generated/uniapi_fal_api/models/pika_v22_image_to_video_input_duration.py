from typing import Literal

PikaV22ImageToVideoInputDuration = Literal[5, 10]

PIKA_V22_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[PikaV22ImageToVideoInputDuration] = {
    5,
    10,
}


def check_pika_v22_image_to_video_input_duration(value: int) -> PikaV22ImageToVideoInputDuration:
    if value in PIKA_V22_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
