from typing import Literal

QwenImageEditInpaintInputOutputFormat = Literal["jpeg", "png"]

QWEN_IMAGE_EDIT_INPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEditInpaintInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_qwen_image_edit_inpaint_input_output_format(
    value: str,
) -> QwenImageEditInpaintInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_INPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_INPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
