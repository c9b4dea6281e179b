from typing import Literal

SanaV1516BInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

SANA_V1516B_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[SanaV1516BInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_sana_v1516b_input_image_size_type_1(value: str) -> SanaV1516BInputImageSizeType1:
    if value in SANA_V1516B_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_V1516B_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
