from typing import Literal

QwenImageImageToImageInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_qwen_image_image_to_image_input_output_format(
    value: str,
) -> QwenImageImageToImageInputOutputFormat:
    if value in QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
