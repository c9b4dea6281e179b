from typing import Literal

IllusionDiffusionInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

ILLUSION_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[IllusionDiffusionInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_illusion_diffusion_input_image_size_type_1(
    value: str,
) -> IllusionDiffusionInputImageSizeType1:
    if value in ILLUSION_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ILLUSION_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
