from typing import Literal

FramepackF1InputResolution = Literal["480p", "720p"]

FRAMEPACK_F1_INPUT_RESOLUTION_VALUES: set[FramepackF1InputResolution] = {
    "480p",
    "720p",
}


def check_framepack_f1_input_resolution(value: str) -> FramepackF1InputResolution:
    if value in FRAMEPACK_F1_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_F1_INPUT_RESOLUTION_VALUES!r}"
    )
