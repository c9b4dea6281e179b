from typing import Literal

GptImage1TextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[GptImage1TextToImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gpt_image_1_text_to_image_input_output_format(
    value: str,
) -> GptImage1TextToImageInputOutputFormat:
    if value in GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
