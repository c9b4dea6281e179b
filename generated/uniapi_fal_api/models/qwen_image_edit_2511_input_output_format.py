from typing import Literal

QwenImageEdit2511InputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_2511_INPUT_OUTPUT_FORMAT_VALUES: set[QwenImageEdit2511InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_2511_input_output_format(
    value: str,
) -> QwenImageEdit2511InputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2511_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2511_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
