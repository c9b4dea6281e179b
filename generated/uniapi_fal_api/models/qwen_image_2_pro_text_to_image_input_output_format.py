from typing import Literal

QwenImage2ProTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImage2ProTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_2_pro_text_to_image_input_output_format(
    value: str,
) -> QwenImage2ProTextToImageInputOutputFormat:
    if value in QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
