from typing import Literal

QwenImageEditLoraInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEditLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_lora_input_output_format(
    value: str,
) -> QwenImageEditLoraInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
