from typing import Literal

HunyuanImageV3InstructEditInputImageSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    HunyuanImageV3InstructEditInputImageSizeType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_hunyuan_image_v3_instruct_edit_input_image_size_type_1(
    value: str,
) -> HunyuanImageV3InstructEditInputImageSizeType1:
    if value in HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_IMAGE_V3_INSTRUCT_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
