from typing import Literal

BytedanceSeedreamV5ProTextToImageInputImageSizeType1 = Literal[
    "auto_1K",
    "auto_2K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    BytedanceSeedreamV5ProTextToImageInputImageSizeType1
] = {
    "auto_1K",
    "auto_2K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bytedance_seedream_v5_pro_text_to_image_input_image_size_type_1(
    value: str,
) -> BytedanceSeedreamV5ProTextToImageInputImageSizeType1:
    if value in BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V5_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
