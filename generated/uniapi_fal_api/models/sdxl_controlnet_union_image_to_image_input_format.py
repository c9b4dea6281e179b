from typing import Literal

SdxlControlnetUnionImageToImageInputFormat = Literal["jpeg", "png"]

SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[
    SdxlControlnetUnionImageToImageInputFormat
] = {
    "jpeg",
    "png",
}


def check_sdxl_controlnet_union_image_to_image_input_format(
    value: str,
) -> SdxlControlnetUnionImageToImageInputFormat:
    if value in SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
