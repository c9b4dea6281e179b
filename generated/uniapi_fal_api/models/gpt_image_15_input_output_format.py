from typing import Literal

GptImage15InputOutputFormat = Literal["jpeg", "png", "webp"]

GPT_IMAGE_15_INPUT_OUTPUT_FORMAT_VALUES: set[GptImage15InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gpt_image_15_input_output_format(value: str) -> GptImage15InputOutputFormat:
    if value in GPT_IMAGE_15_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
