from typing import Literal

FluxControlLoraCannyInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_CONTROL_LORA_CANNY_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FluxControlLoraCannyInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_control_lora_canny_input_image_size_type_1(
    value: str,
) -> FluxControlLoraCannyInputImageSizeType1:
    if value in FLUX_CONTROL_LORA_CANNY_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_CANNY_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
