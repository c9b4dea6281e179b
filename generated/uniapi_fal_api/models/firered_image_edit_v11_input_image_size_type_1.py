from typing import Literal

FireredImageEditV11InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FIRERED_IMAGE_EDIT_V11_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FireredImageEditV11InputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_firered_image_edit_v11_input_image_size_type_1(
    value: str,
) -> FireredImageEditV11InputImageSizeType1:
    if value in FIRERED_IMAGE_EDIT_V11_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIRERED_IMAGE_EDIT_V11_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
