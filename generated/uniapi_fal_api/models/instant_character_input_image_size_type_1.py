from typing import Literal

InstantCharacterInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

INSTANT_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[InstantCharacterInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_instant_character_input_image_size_type_1(
    value: str,
) -> InstantCharacterInputImageSizeType1:
    if value in INSTANT_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSTANT_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
