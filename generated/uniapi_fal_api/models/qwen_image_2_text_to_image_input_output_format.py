from typing import Literal

QwenImage2TextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_2_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImage2TextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_2_text_to_image_input_output_format(
    value: str,
) -> QwenImage2TextToImageInputOutputFormat:
    if value in QWEN_IMAGE_2_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
