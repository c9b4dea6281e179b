from typing import Literal

IdeogramV4TilingLoraInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

IDEOGRAM_V4_TILING_LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    IdeogramV4TilingLoraInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ideogram_v4_tiling_lora_input_image_size_type_1(
    value: str,
) -> IdeogramV4TilingLoraInputImageSizeType1:
    if value in IDEOGRAM_V4_TILING_LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
