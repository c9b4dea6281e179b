from typing import Literal

ObjectRemovalInputModel = Literal["best_quality", "high_quality", "low_quality", "medium_quality"]

OBJECT_REMOVAL_INPUT_MODEL_VALUES: set[ObjectRemovalInputModel] = {
    "best_quality",
    "high_quality",
    "low_quality",
    "medium_quality",
}


def check_object_removal_input_model(value: str) -> ObjectRemovalInputModel:
    if value in OBJECT_REMOVAL_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_REMOVAL_INPUT_MODEL_VALUES!r}"
    )
