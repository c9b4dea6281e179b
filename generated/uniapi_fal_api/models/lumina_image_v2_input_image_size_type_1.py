from typing import Literal

LuminaImageV2InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LUMINA_IMAGE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[LuminaImageV2InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_lumina_image_v2_input_image_size_type_1(value: str) -> LuminaImageV2InputImageSizeType1:
    if value in LUMINA_IMAGE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMINA_IMAGE_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
