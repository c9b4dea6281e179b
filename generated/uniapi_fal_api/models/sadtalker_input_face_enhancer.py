from typing import Literal

SadtalkerInputFaceEnhancer = Literal["gfpgan"]

SADTALKER_INPUT_FACE_ENHANCER_VALUES: set[SadtalkerInputFaceEnhancer] = {
    "gfpgan",
}


def check_sadtalker_input_face_enhancer(value: str) -> SadtalkerInputFaceEnhancer:
    if value in SADTALKER_INPUT_FACE_ENHANCER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_INPUT_FACE_ENHANCER_VALUES!r}"
    )
