from typing import Literal

ImageEditingStyleTransferInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_STYLE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingStyleTransferInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_style_transfer_input_output_format(
    value: str,
) -> ImageEditingStyleTransferInputOutputFormat:
    if value in IMAGE_EDITING_STYLE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_STYLE_TRANSFER_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
