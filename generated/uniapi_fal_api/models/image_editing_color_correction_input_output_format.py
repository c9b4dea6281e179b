from typing import Literal

ImageEditingColorCorrectionInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_COLOR_CORRECTION_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingColorCorrectionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_color_correction_input_output_format(
    value: str,
) -> ImageEditingColorCorrectionInputOutputFormat:
    if value in IMAGE_EDITING_COLOR_CORRECTION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_COLOR_CORRECTION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
