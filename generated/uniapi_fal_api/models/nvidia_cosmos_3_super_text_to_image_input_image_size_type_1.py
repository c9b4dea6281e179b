from typing import Literal

NvidiaCosmos3SuperTextToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    NvidiaCosmos3SuperTextToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_nvidia_cosmos_3_super_text_to_image_input_image_size_type_1(
    value: str,
) -> NvidiaCosmos3SuperTextToImageInputImageSizeType1:
    if value in NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
