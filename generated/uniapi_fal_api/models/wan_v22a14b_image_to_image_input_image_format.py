from typing import Literal

WanV22A14BImageToImageInputImageFormat = Literal["jpeg", "png"]

WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES: set[
    WanV22A14BImageToImageInputImageFormat
] = {
    "jpeg",
    "png",
}


def check_wan_v22a14b_image_to_image_input_image_format(
    value: str,
) -> WanV22A14BImageToImageInputImageFormat:
    if value in WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES!r}"
    )
