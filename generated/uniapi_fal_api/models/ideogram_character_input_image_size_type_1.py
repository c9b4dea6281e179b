from typing import Literal

IdeogramCharacterInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

IDEOGRAM_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[IdeogramCharacterInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ideogram_character_input_image_size_type_1(
    value: str,
) -> IdeogramCharacterInputImageSizeType1:
    if value in IDEOGRAM_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CHARACTER_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
