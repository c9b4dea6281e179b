from typing import Literal

PikaV2TurboTextToVideoInputResolution = Literal["1080p", "720p"]

PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PikaV2TurboTextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v2_turbo_text_to_video_input_resolution(
    value: str,
) -> PikaV2TurboTextToVideoInputResolution:
    if value in PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V2_TURBO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
