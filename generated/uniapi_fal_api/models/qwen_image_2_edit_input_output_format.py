from typing import Literal

QwenImage2EditInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImage2EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_2_edit_input_output_format(value: str) -> QwenImage2EditInputOutputFormat:
    if value in QWEN_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
