from typing import Literal

GptImage15EditInputOutputFormat = Literal["jpeg", "png", "webp"]

GPT_IMAGE_15_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[GptImage15EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gpt_image_15_edit_input_output_format(value: str) -> GptImage15EditInputOutputFormat:
    if value in GPT_IMAGE_15_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
