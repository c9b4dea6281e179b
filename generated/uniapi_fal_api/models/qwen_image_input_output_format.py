from typing import Literal

QwenImageInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_input_output_format(value: str) -> QwenImageInputOutputFormat:
    if value in QWEN_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
