from typing import Literal

PikaV22PikascenesInputAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "4:5", "5:4", "9:16"]

PIKA_V22_PIKASCENES_INPUT_ASPECT_RATIO_VALUES: set[PikaV22PikascenesInputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "4:5",
    "5:4",
    "9:16",
}


def check_pika_v22_pikascenes_input_aspect_ratio(value: str) -> PikaV22PikascenesInputAspectRatio:
    if value in PIKA_V22_PIKASCENES_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_PIKASCENES_INPUT_ASPECT_RATIO_VALUES!r}"
    )
