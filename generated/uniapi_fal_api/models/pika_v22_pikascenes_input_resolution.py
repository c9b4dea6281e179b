from typing import Literal

PikaV22PikascenesInputResolution = Literal["1080p", "720p"]

PIKA_V22_PIKASCENES_INPUT_RESOLUTION_VALUES: set[PikaV22PikascenesInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v22_pikascenes_input_resolution(value: str) -> PikaV22PikascenesInputResolution:
    if value in PIKA_V22_PIKASCENES_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_PIKASCENES_INPUT_RESOLUTION_VALUES!r}"
    )
