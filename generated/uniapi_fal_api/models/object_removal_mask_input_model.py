from typing import Literal

ObjectRemovalMaskInputModel = Literal[
    "best_quality", "high_quality", "low_quality", "medium_quality"
]

OBJECT_REMOVAL_MASK_INPUT_MODEL_VALUES: set[ObjectRemovalMaskInputModel] = {
    "best_quality",
    "high_quality",
    "low_quality",
    "medium_quality",
}


def check_object_removal_mask_input_model(value: str) -> ObjectRemovalMaskInputModel:
    if value in OBJECT_REMOVAL_MASK_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_REMOVAL_MASK_INPUT_MODEL_VALUES!r}"
    )
