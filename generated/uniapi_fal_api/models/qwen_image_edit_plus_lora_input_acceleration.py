from typing import Literal

QwenImageEditPlusLoraInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_ACCELERATION_VALUES: set[QwenImageEditPlusLoraInputAcceleration] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
