from typing import Literal

FramepackFlf2VInputResolution = Literal["480p", "720p"]

FRAMEPACK_FLF_2V_INPUT_RESOLUTION_VALUES: set[FramepackFlf2VInputResolution] = {
    "480p",
    "720p",
}


def check_framepack_flf_2v_input_resolution(value: str) -> FramepackFlf2VInputResolution:
    if value in FRAMEPACK_FLF_2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAMEPACK_FLF_2V_INPUT_RESOLUTION_VALUES!r}"
    )
