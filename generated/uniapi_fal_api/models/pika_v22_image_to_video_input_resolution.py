from typing import Literal

PikaV22ImageToVideoInputResolution = Literal["1080p", "720p"]

PIKA_V22_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PikaV22ImageToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v22_image_to_video_input_resolution(
    value: str,
) -> PikaV22ImageToVideoInputResolution:
    if value in PIKA_V22_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
