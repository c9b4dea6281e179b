from typing import Literal

FastLcmDiffusionInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_LCM_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FastLcmDiffusionInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_lcm_diffusion_input_image_size_type_1(
    value: str,
) -> FastLcmDiffusionInputImageSizeType1:
    if value in FAST_LCM_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
