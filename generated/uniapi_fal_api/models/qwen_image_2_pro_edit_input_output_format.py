from typing import Literal

QwenImage2ProEditInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImage2ProEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_2_pro_edit_input_output_format(
    value: str,
) -> QwenImage2ProEditInputOutputFormat:
    if value in QWEN_IMAGE_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
