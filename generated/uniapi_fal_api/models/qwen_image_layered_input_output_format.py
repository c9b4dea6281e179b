from typing import Literal

QwenImageLayeredInputOutputFormat = Literal["png", "webp"]

QWEN_IMAGE_LAYERED_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageLayeredInputOutputFormat] = {
    "png",
    "webp",
}


def check_qwen_image_layered_input_output_format(value: str) -> QwenImageLayeredInputOutputFormat:
    if value in QWEN_IMAGE_LAYERED_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_LAYERED_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
