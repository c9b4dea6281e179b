from typing import Literal

IdeogramV3RemixInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

IDEOGRAM_V3_REMIX_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[IdeogramV3RemixInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ideogram_v3_remix_input_image_size_type_1(
    value: str,
) -> IdeogramV3RemixInputImageSizeType1:
    if value in IDEOGRAM_V3_REMIX_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REMIX_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
