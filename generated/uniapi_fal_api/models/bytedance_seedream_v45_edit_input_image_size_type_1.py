from typing import Literal

BytedanceSeedreamV45EditInputImageSizeType1 = Literal[
    "auto_2K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

BYTEDANCE_SEEDREAM_V45_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    BytedanceSeedreamV45EditInputImageSizeType1
] = {
    "auto_2K",
    "auto_4K",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bytedance_seedream_v45_edit_input_image_size_type_1(
    value: str,
) -> BytedanceSeedreamV45EditInputImageSizeType1:
    if value in BYTEDANCE_SEEDREAM_V45_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V45_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
