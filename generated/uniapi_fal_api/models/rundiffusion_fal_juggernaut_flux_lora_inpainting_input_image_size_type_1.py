from typing import Literal

RundiffusionFalJuggernautFluxLoraInpaintingInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    RundiffusionFalJuggernautFluxLoraInpaintingInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_rundiffusion_fal_juggernaut_flux_lora_inpainting_input_image_size_type_1(
    value: str,
) -> RundiffusionFalJuggernautFluxLoraInpaintingInputImageSizeType1:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
