from typing import Literal

PikaV22PikaframesInputResolution = Literal["1080p", "720p"]

PIKA_V22_PIKAFRAMES_INPUT_RESOLUTION_VALUES: set[PikaV22PikaframesInputResolution] = {
    "1080p",
    "720p",
}


def check_pika_v22_pikaframes_input_resolution(value: str) -> PikaV22PikaframesInputResolution:
    if value in PIKA_V22_PIKAFRAMES_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_PIKAFRAMES_INPUT_RESOLUTION_VALUES!r}"
    )
