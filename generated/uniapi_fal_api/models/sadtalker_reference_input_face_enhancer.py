from typing import Literal

SadtalkerReferenceInputFaceEnhancer = Literal["gfpgan"]

SADTALKER_REFERENCE_INPUT_FACE_ENHANCER_VALUES: set[SadtalkerReferenceInputFaceEnhancer] = {
    "gfpgan",
}


def check_sadtalker_reference_input_face_enhancer(
    value: str,
) -> SadtalkerReferenceInputFaceEnhancer:
    if value in SADTALKER_REFERENCE_INPUT_FACE_ENHANCER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_REFERENCE_INPUT_FACE_ENHANCER_VALUES!r}"
    )
