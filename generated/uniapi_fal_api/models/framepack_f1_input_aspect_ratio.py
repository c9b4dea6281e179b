from typing import Literal

FramepackF1InputAspectRatio = Literal["16:9", "9:16"]

FRAMEPACK_F1_INPUT_ASPECT_RATIO_VALUES: set[FramepackF1InputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_framepack_f1_input_aspect_ratio(value: str) -> FramepackF1InputAspectRatio:
    if value in FRAMEPACK_F1_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_F1_INPUT_ASPECT_RATIO_VALUES!r}"
    )
