from typing import Literal

WanV27ProTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

WAN_V27_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[WanV27ProTextToImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_wan_v27_pro_text_to_image_input_output_format(
    value: str,
) -> WanV27ProTextToImageInputOutputFormat:
    if value in WAN_V27_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_PRO_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
