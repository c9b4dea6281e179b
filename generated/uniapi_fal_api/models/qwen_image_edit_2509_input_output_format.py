from typing import Literal

QwenImageEdit2509InputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_2509_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEdit2509InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_2509_input_output_format(
    value: str,
) -> QwenImageEdit2509InputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2509_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
