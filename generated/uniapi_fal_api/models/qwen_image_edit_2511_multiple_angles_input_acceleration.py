from typing import Literal

QwenImageEdit2511MultipleAnglesInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_2511_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES: set[
    QwenImageEdit2511MultipleAnglesInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_2511_multiple_angles_input_acceleration(
    value: str,
) -> QwenImageEdit2511MultipleAnglesInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2511_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2511_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES!r}"
    )
