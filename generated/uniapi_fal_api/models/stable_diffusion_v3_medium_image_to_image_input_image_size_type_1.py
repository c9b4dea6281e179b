from typing import Literal

StableDiffusionV3MediumImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

STABLE_DIFFUSION_V3_MEDIUM_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    StableDiffusionV3MediumImageToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_stable_diffusion_v3_medium_image_to_image_input_image_size_type_1(
    value: str,
) -> StableDiffusionV3MediumImageToImageInputImageSizeType1:
    if value in STABLE_DIFFUSION_V3_MEDIUM_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V3_MEDIUM_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
