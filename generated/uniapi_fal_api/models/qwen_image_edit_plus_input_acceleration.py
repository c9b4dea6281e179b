from typing import Literal

QwenImageEditPlusInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_INPUT_ACCELERATION_VALUES: set[QwenImageEditPlusInputAcceleration] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_input_acceleration(value: str) -> QwenImageEditPlusInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_INPUT_ACCELERATION_VALUES!r}"
    )
