from typing import Literal

ImageEditingSceneCompositionInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_SCENE_COMPOSITION_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingSceneCompositionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_scene_composition_input_output_format(
    value: str,
) -> ImageEditingSceneCompositionInputOutputFormat:
    if value in IMAGE_EDITING_SCENE_COMPOSITION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_SCENE_COMPOSITION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
