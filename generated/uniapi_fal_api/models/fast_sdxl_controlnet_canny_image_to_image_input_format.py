from typing import Literal

FastSdxlControlnetCannyImageToImageInputFormat = Literal["jpeg", "png"]

FAST_SDXL_CONTROLNET_CANNY_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[
    FastSdxlControlnetCannyImageToImageInputFormat
] = {
    "jpeg",
    "png",
}


def check_fast_sdxl_controlnet_canny_image_to_image_input_format(
    value: str,
) -> FastSdxlControlnetCannyImageToImageInputFormat:
    if value in FAST_SDXL_CONTROLNET_CANNY_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_CONTROLNET_CANNY_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
