from typing import Literal

FluxKreaLoraInpaintingInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_KREA_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FluxKreaLoraInpaintingInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_krea_lora_inpainting_input_image_size_type_1(
    value: str,
) -> FluxKreaLoraInpaintingInputImageSizeType1:
    if value in FLUX_KREA_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
