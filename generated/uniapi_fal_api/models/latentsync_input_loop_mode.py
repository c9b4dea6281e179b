from typing import Literal

LatentsyncInputLoopMode = Literal["loop", "pingpong"]

LATENTSYNC_INPUT_LOOP_MODE_VALUES: set[LatentsyncInputLoopMode] = {
    "loop",
    "pingpong",
}


def check_latentsync_input_loop_mode(value: str) -> LatentsyncInputLoopMode:
    if value in LATENTSYNC_INPUT_LOOP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LATENTSYNC_INPUT_LOOP_MODE_VALUES!r}"
    )
