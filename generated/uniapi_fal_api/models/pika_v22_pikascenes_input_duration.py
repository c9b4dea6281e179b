from typing import Literal

PikaV22PikascenesInputDuration = Literal[5, 10]

PIKA_V22_PIKASCENES_INPUT_DURATION_VALUES: set[PikaV22PikascenesInputDuration] = {
    5,
    10,
}


def check_pika_v22_pikascenes_input_duration(value: int) -> PikaV22PikascenesInputDuration:
    if value in PIKA_V22_PIKASCENES_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIKA_V22_PIKASCENES_INPUT_DURATION_VALUES!r}"
    )
