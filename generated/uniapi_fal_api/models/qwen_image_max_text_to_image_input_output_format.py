from typing import Literal

QwenImageMaxTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageMaxTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_max_text_to_image_input_output_format(
    value: str,
) -> QwenImageMaxTextToImageInputOutputFormat:
    if value in QWEN_IMAGE_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
