from typing import Literal

ImageEditingFaceEnhancementInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_ASPECT_RATIO_VALUES: set[
    ImageEditingFaceEnhancementInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_image_editing_face_enhancement_input_aspect_ratio(
    value: str,
) -> ImageEditingFaceEnhancementInputAspectRatio:
    if value in IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
