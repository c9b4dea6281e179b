from typing import Literal

GptImage1MiniEditInputOutputFormat = Literal["jpeg", "png", "webp"]

GPT_IMAGE_1_MINI_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[GptImage1MiniEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gpt_image_1_mini_edit_input_output_format(
    value: str,
) -> GptImage1MiniEditInputOutputFormat:
    if value in GPT_IMAGE_1_MINI_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_MINI_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
