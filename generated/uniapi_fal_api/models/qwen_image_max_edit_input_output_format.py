from typing import Literal

QwenImageMaxEditInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageMaxEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_max_edit_input_output_format(value: str) -> QwenImageMaxEditInputOutputFormat:
    if value in QWEN_IMAGE_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
