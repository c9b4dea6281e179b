from typing import Literal

QwenImageEditInpaintInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_INPAINT_INPUT_ACCELERATION_VALUES: set[QwenImageEditInpaintInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_inpaint_input_acceleration(
    value: str,
) -> QwenImageEditInpaintInputAcceleration:
    if value in QWEN_IMAGE_EDIT_INPAINT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_INPAINT_INPUT_ACCELERATION_VALUES!r}"
    )
