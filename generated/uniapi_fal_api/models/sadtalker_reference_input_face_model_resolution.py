from typing import Literal

SadtalkerReferenceInputFaceModelResolution = Literal["256", "512"]

SADTALKER_REFERENCE_INPUT_FACE_MODEL_RESOLUTION_VALUES: set[
    SadtalkerReferenceInputFaceModelResolution
] = {
    "256",
    "512",
}


def check_sadtalker_reference_input_face_model_resolution(
    value: str,
) -> SadtalkerReferenceInputFaceModelResolution:
    if value in SADTALKER_REFERENCE_INPUT_FACE_MODEL_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_REFERENCE_INPUT_FACE_MODEL_RESOLUTION_VALUES!r}"
    )
