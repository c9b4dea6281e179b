from typing import Literal

FluxControlLoraCannyImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_CONTROL_LORA_CANNY_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FluxControlLoraCannyImageToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_control_lora_canny_image_to_image_input_image_size_type_1(
    value: str,
) -> FluxControlLoraCannyImageToImageInputImageSizeType1:
    if value in FLUX_CONTROL_LORA_CANNY_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_CANNY_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
