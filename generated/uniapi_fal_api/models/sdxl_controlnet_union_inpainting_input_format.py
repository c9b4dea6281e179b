from typing import Literal

SdxlControlnetUnionInpaintingInputFormat = Literal["jpeg", "png"]

SDXL_CONTROLNET_UNION_INPAINTING_INPUT_FORMAT_VALUES: set[
    SdxlControlnetUnionInpaintingInputFormat
] = {
    "jpeg",
    "png",
}


def check_sdxl_controlnet_union_inpainting_input_format(
    value: str,
) -> SdxlControlnetUnionInpaintingInputFormat:
    if value in SDXL_CONTROLNET_UNION_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )
