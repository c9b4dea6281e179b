from typing import Literal

WanV22A14BImageToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    WanV22A14BImageToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_wan_v22a14b_image_to_image_input_image_size_type_1(
    value: str,
) -> WanV22A14BImageToImageInputImageSizeType1:
    if value in WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
