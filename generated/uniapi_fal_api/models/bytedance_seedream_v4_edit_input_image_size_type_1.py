from typing import Literal

BytedanceSeedreamV4EditInputImageSizeType1 = Literal[
    "auto",
    "auto_2K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    BytedanceSeedreamV4EditInputImageSizeType1
] = {
    "auto",
    "auto_2K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bytedance_seedream_v4_edit_input_image_size_type_1(
    value: str,
) -> BytedanceSeedreamV4EditInputImageSizeType1:
    if value in BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V4_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
