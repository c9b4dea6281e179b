from typing import Literal

FramepackFlf2VInputAspectRatio = Literal["16:9", "9:16"]

FRAMEPACK_FLF_2V_INPUT_ASPECT_RATIO_VALUES: set[FramepackFlf2VInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_framepack_flf_2v_input_aspect_ratio(value: str) -> FramepackFlf2VInputAspectRatio:
    if value in FRAMEPACK_FLF_2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_FLF_2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
