from typing import Literal

QwenImageEditInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_input_output_format(value: str) -> QwenImageEditInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
