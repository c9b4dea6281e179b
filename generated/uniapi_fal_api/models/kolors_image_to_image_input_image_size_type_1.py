from typing import Literal

KolorsImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

KOLORS_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[KolorsImageToImageInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_kolors_image_to_image_input_image_size_type_1(
    value: str,
) -> KolorsImageToImageInputImageSizeType1:
    if value in KOLORS_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
