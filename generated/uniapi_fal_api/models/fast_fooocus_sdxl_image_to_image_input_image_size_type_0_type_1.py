from typing import Literal

FastFooocusSdxlImageToImageInputImageSizeType0Type1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_0_TYPE_1_VALUES: set[
    FastFooocusSdxlImageToImageInputImageSizeType0Type1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_fooocus_sdxl_image_to_image_input_image_size_type_0_type_1(
    value: str,
) -> FastFooocusSdxlImageToImageInputImageSizeType0Type1:
    if value in FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_0_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_0_TYPE_1_VALUES!r}"
    )
