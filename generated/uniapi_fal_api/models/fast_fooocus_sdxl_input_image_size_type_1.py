from typing import Literal

FastFooocusSdxlInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_FOOOCUS_SDXL_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FastFooocusSdxlInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_fooocus_sdxl_input_image_size_type_1(
    value: str,
) -> FastFooocusSdxlInputImageSizeType1:
    if value in FAST_FOOOCUS_SDXL_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
