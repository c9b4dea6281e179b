from typing import Literal

WanV27TextToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

WAN_V27_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[WanV27TextToImageInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_wan_v27_text_to_image_input_image_size_type_1(
    value: str,
) -> WanV27TextToImageInputImageSizeType1:
    if value in WAN_V27_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
