from typing import Literal

WanV22A14BTextToImageLoraInputImageFormat = Literal["jpeg", "png"]

WAN_V22A14B_TEXT_TO_IMAGE_LORA_INPUT_IMAGE_FORMAT_VALUES: set[
    WanV22A14BTextToImageLoraInputImageFormat
] = {
    "jpeg",
    "png",
}


def check_wan_v22a14b_text_to_image_lora_input_image_format(
    value: str,
) -> WanV22A14BTextToImageLoraInputImageFormat:
    if value in WAN_V22A14B_TEXT_TO_IMAGE_LORA_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_IMAGE_LORA_INPUT_IMAGE_FORMAT_VALUES!r}"
    )
