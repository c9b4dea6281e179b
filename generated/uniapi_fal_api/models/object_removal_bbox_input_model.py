from typing import Literal

ObjectRemovalBboxInputModel = Literal[
    "best_quality", "high_quality", "low_quality", "medium_quality"
]

OBJECT_REMOVAL_BBOX_INPUT_MODEL_VALUES: set[ObjectRemovalBboxInputModel] = {
    "best_quality",
    "high_quality",
    "low_quality",
    "medium_quality",
}


def check_object_removal_bbox_input_model(value: str) -> ObjectRemovalBboxInputModel:
    if value in OBJECT_REMOVAL_BBOX_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_REMOVAL_BBOX_INPUT_MODEL_VALUES!r}"
    )
