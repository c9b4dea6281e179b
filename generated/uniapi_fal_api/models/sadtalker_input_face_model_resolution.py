from typing import Literal

SadtalkerInputFaceModelResolution = Literal["256", "512"]

SADTALKER_INPUT_FACE_MODEL_RESOLUTION_VALUES: set[SadtalkerInputFaceModelResolution] = {
    "256",
    "512",
}


def check_sadtalker_input_face_model_resolution(value: str) -> SadtalkerInputFaceModelResolution:
    if value in SADTALKER_INPUT_FACE_MODEL_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SADTALKER_INPUT_FACE_MODEL_RESOLUTION_VALUES!r}"
    )
