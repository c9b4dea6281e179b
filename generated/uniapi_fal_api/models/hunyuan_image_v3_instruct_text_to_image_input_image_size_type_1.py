from typing import Literal

HunyuanImageV3InstructTextToImageInputImageSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    HunyuanImageV3InstructTextToImageInputImageSizeType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_hunyuan_image_v3_instruct_text_to_image_input_image_size_type_1(
    value: str,
) -> HunyuanImageV3InstructTextToImageInputImageSizeType1:
    if value in HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_IMAGE_V3_INSTRUCT_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
