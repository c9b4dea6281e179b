from typing import Literal

HidreamO1ImageEditInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

HIDREAM_O1_IMAGE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[HidreamO1ImageEditInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_hidream_o1_image_edit_input_image_size_type_1(
    value: str,
) -> HidreamO1ImageEditInputImageSizeType1:
    if value in HIDREAM_O1_IMAGE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_O1_IMAGE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
