from typing import Literal

FastSdxlControlnetCannyInpaintingInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FastSdxlControlnetCannyInpaintingInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_sdxl_controlnet_canny_inpainting_input_image_size_type_1(
    value: str,
) -> FastSdxlControlnetCannyInpaintingInputImageSizeType1:
    if value in FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
