from typing import Literal

FluxLoraFillInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_LORA_FILL_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FluxLoraFillInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_lora_fill_input_image_size_type_1(value: str) -> FluxLoraFillInputImageSizeType1:
    if value in FLUX_LORA_FILL_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_FILL_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
