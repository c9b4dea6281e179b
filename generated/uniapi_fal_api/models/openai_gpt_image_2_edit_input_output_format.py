from typing import Literal

OpenaiGptImage2EditInputOutputFormat = Literal["jpeg", "png", "webp"]

OPENAI_GPT_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[OpenaiGptImage2EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_openai_gpt_image_2_edit_input_output_format(
    value: str,
) -> OpenaiGptImage2EditInputOutputFormat:
    if value in OPENAI_GPT_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_IMAGE_2_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
