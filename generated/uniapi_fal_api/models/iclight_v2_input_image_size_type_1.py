from typing import Literal

IclightV2InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

ICLIGHT_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[IclightV2InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_iclight_v2_input_image_size_type_1(value: str) -> IclightV2InputImageSizeType1:
    if value in ICLIGHT_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ICLIGHT_V2_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
