from typing import Literal

PikaV2TurboImageToVideoInputResolution = Literal["1080p", "720p"]

PIKA_V2_TURBO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    PikaV2TurboImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_pika_v2_turbo_image_to_video_input_resolution(
    value: str,
) -> PikaV2TurboImageToVideoInputResolution:
    if value in PIKA_V2_TURBO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V2_TURBO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
