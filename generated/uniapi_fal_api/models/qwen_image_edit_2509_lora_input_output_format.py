from typing import Literal

QwenImageEdit2509LoraInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_2509_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEdit2509LoraInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_2509_lora_input_output_format(
    value: str,
) -> QwenImageEdit2509LoraInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2509_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
