from typing import Literal

QwenImageEditImageToImageInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_image_to_image_input_output_format(
    value: str,
) -> QwenImageEditImageToImageInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
