from typing import Literal

UsoInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

USO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[UsoInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_uso_input_image_size_type_1(value: str) -> UsoInputImageSizeType1:
    if value in USO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
