from typing import Literal

QwenImageEditPlusLoraInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_plus_lora_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
