from typing import Literal

QwenImageEditPlusInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_PLUS_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEditPlusInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_plus_input_output_format(
    value: str,
) -> QwenImageEditPlusInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
