from typing import Literal

StableCascadeSoteDiffusionInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

STABLE_CASCADE_SOTE_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    StableCascadeSoteDiffusionInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_stable_cascade_sote_diffusion_input_image_size_type_1(
    value: str,
) -> StableCascadeSoteDiffusionInputImageSizeType1:
    if value in STABLE_CASCADE_SOTE_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_CASCADE_SOTE_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
