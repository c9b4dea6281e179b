from typing import Literal

WanV22A14BImageToImageInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    WanV22A14BImageToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_v22a14b_image_to_image_input_aspect_ratio(
    value: str,
) -> WanV22A14BImageToImageInputAspectRatio:
    if value in WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
