from typing import Literal

FramepackInputAspectRatio = Literal["16:9", "9:16"]

FRAMEPACK_INPUT_ASPECT_RATIO_VALUES: set[FramepackInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_framepack_input_aspect_ratio(value: str) -> FramepackInputAspectRatio:
    if value in FRAMEPACK_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_INPUT_ASPECT_RATIO_VALUES!r}"
    )
