from typing import Literal

PatinaMaterialExtractInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PATINA_MATERIAL_EXTRACT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    PatinaMaterialExtractInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_patina_material_extract_input_image_size_type_1(
    value: str,
) -> PatinaMaterialExtractInputImageSizeType1:
    if value in PATINA_MATERIAL_EXTRACT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_MATERIAL_EXTRACT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
