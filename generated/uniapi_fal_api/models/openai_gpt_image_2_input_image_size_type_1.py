from typing import Literal

OpenaiGptImage2InputImageSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

OPENAI_GPT_IMAGE_2_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[OpenaiGptImage2InputImageSizeType1] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_openai_gpt_image_2_input_image_size_type_1(
    value: str,
) -> OpenaiGptImage2InputImageSizeType1:
    if value in OPENAI_GPT_IMAGE_2_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_IMAGE_2_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
