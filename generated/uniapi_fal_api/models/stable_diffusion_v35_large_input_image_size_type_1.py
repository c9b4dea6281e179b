from typing import Literal

StableDiffusionV35LargeInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

STABLE_DIFFUSION_V35_LARGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    StableDiffusionV35LargeInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_stable_diffusion_v35_large_input_image_size_type_1(
    value: str,
) -> StableDiffusionV35LargeInputImageSizeType1:
    if value in STABLE_DIFFUSION_V35_LARGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V35_LARGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
