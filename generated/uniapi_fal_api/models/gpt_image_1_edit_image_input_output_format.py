from typing import Literal

GptImage1EditImageInputOutputFormat = Literal["jpeg", "png", "webp"]

GPT_IMAGE_1_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[GptImage1EditImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gpt_image_1_edit_image_input_output_format(
    value: str,
) -> GptImage1EditImageInputOutputFormat:
    if value in GPT_IMAGE_1_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_EDIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
