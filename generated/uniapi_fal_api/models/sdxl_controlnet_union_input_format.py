from typing import Literal

SdxlControlnetUnionInputFormat = Literal["jpeg", "png"]

SDXL_CONTROLNET_UNION_INPUT_FORMAT_VALUES: set[SdxlControlnetUnionInputFormat] = {
    "jpeg",
    "png",
}


def check_sdxl_controlnet_union_input_format(value: str) -> SdxlControlnetUnionInputFormat:
    if value in SDXL_CONTROLNET_UNION_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_INPUT_FORMAT_VALUES!r}"
    )
