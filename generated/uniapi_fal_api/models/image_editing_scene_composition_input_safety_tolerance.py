from typing import Literal

ImageEditingSceneCompositionInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_SCENE_COMPOSITION_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingSceneCompositionInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_scene_composition_input_safety_tolerance(
    value: str,
) -> ImageEditingSceneCompositionInputSafetyTolerance:
    if value in IMAGE_EDITING_SCENE_COMPOSITION_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_SCENE_COMPOSITION_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
