from typing import Literal

FluxControlLoraDepthInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_CONTROL_LORA_DEPTH_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    FluxControlLoraDepthInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_control_lora_depth_input_image_size_type_1(
    value: str,
) -> FluxControlLoraDepthInputImageSizeType1:
    if value in FLUX_CONTROL_LORA_DEPTH_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_DEPTH_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
