from typing import Literal

RecraftV41ProTextToVectorInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

RECRAFT_V41_PRO_TEXT_TO_VECTOR_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    RecraftV41ProTextToVectorInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_recraft_v41_pro_text_to_vector_input_image_size_type_1(
    value: str,
) -> RecraftV41ProTextToVectorInputImageSizeType1:
    if value in RECRAFT_V41_PRO_TEXT_TO_VECTOR_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECRAFT_V41_PRO_TEXT_TO_VECTOR_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
