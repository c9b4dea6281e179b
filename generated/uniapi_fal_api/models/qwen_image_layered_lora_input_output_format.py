from typing import Literal

QwenImageLayeredLoraInputOutputFormat = Literal["png", "webp"]

QWEN_IMAGE_LAYERED_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageLayeredLoraInputOutputFormat] = {
    "png",
    "webp",
}


def check_qwen_image_layered_lora_input_output_format(
    value: str,
) -> QwenImageLayeredLoraInputOutputFormat:
    if value in QWEN_IMAGE_LAYERED_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_LAYERED_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
