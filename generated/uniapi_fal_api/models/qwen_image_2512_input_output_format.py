from typing import Literal

QwenImage2512InputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_2512_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImage2512InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_2512_input_output_format(value: str) -> QwenImage2512InputOutputFormat:
    if value in QWEN_IMAGE_2512_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2512_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
