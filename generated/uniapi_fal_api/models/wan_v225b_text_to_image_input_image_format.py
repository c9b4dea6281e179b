from typing import Literal

WanV225BTextToImageInputImageFormat = Literal["jpeg", "png"]

WAN_V225B_TEXT_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES: set[WanV225BTextToImageInputImageFormat] = {
    "jpeg",
    "png",
}


def check_wan_v225b_text_to_image_input_image_format(
    value: str,
) -> WanV225BTextToImageInputImageFormat:
    if value in WAN_V225B_TEXT_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES!r}"
    )
