from typing import Literal

SdxlControlnetUnionImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    SdxlControlnetUnionImageToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_sdxl_controlnet_union_image_to_image_input_image_size_type_1(
    value: str,
) -> SdxlControlnetUnionImageToImageInputImageSizeType1:
    if value in SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
