from typing import Literal

Flux2Klein4BBaseEditInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FLUX_2_KLEIN_4B_BASE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    Flux2Klein4BBaseEditInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_flux_2_klein_4b_base_edit_input_image_size_type_1(
    value: str,
) -> Flux2Klein4BBaseEditInputImageSizeType1:
    if value in FLUX_2_KLEIN_4B_BASE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_4B_BASE_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
