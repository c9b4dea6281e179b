from typing import Literal

BytedanceSeedreamV5LiteTextToImageInputImageSizeType1 = Literal[
    "auto_2K",
    "auto_3K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

BYTEDANCE_SEEDREAM_V5_LITE_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    BytedanceSeedreamV5LiteTextToImageInputImageSizeType1
] = {
    "auto_2K",
    "auto_3K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bytedance_seedream_v5_lite_text_to_image_input_image_size_type_1(
    value: str,
) -> BytedanceSeedreamV5LiteTextToImageInputImageSizeType1:
    if value in BYTEDANCE_SEEDREAM_V5_LITE_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V5_LITE_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
