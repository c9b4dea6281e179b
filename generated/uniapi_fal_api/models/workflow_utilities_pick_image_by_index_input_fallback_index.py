from typing import Literal

WorkflowUtilitiesPickImageByIndexInputFallbackIndex = Literal["first-image", "last-image"]

WORKFLOW_UTILITIES_PICK_IMAGE_BY_INDEX_INPUT_FALLBACK_INDEX_VALUES: set[
    WorkflowUtilitiesPickImageByIndexInputFallbackIndex
] = {
    "first-image",
    "last-image",
}


def check_workflow_utilities_pick_image_by_index_input_fallback_index(
    value: str,
) -> WorkflowUtilitiesPickImageByIndexInputFallbackIndex:
    if value in WORKFLOW_UTILITIES_PICK_IMAGE_BY_INDEX_INPUT_FALLBACK_INDEX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_PICK_IMAGE_BY_INDEX_INPUT_FALLBACK_INDEX_VALUES!r}"
    )
