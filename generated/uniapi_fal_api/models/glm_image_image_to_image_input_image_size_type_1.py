from typing import Literal

GlmImageImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9",
    "landscape_3_2",
    "landscape_4_3",
    "landscape_hd",
    "portrait_16_9",
    "portrait_3_2",
    "portrait_4_3",
    "portrait_hd",
    "square",
    "square_hd",
]

GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    GlmImageImageToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_3_2",
    "landscape_4_3",
    "landscape_hd",
    "portrait_16_9",
    "portrait_3_2",
    "portrait_4_3",
    "portrait_hd",
    "square",
    "square_hd",
}


def check_glm_image_image_to_image_input_image_size_type_1(
    value: str,
) -> GlmImageImageToImageInputImageSizeType1:
    if value in GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
