from typing import Literal

StableDiffusionV35MediumInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

STABLE_DIFFUSION_V35_MEDIUM_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    StableDiffusionV35MediumInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_stable_diffusion_v35_medium_input_image_size_type_1(
    value: str,
) -> StableDiffusionV35MediumInputImageSizeType1:
    if value in STABLE_DIFFUSION_V35_MEDIUM_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V35_MEDIUM_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
