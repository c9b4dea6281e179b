from typing import Literal

ImageEditingColorCorrectionInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

IMAGE_EDITING_COLOR_CORRECTION_INPUT_ASPECT_RATIO_VALUES: set[
    ImageEditingColorCorrectionInputAspectRatio
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


def check_image_editing_color_correction_input_aspect_ratio(
    value: str,
) -> ImageEditingColorCorrectionInputAspectRatio:
    if value in IMAGE_EDITING_COLOR_CORRECTION_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_COLOR_CORRECTION_INPUT_ASPECT_RATIO_VALUES!r}"
    )
