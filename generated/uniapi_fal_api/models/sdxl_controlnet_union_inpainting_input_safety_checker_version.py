from typing import Literal

SdxlControlnetUnionInpaintingInputSafetyCheckerVersion = Literal["v1", "v2"]

SDXL_CONTROLNET_UNION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    SdxlControlnetUnionInpaintingInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_sdxl_controlnet_union_inpainting_input_safety_checker_version(
    value: str,
) -> SdxlControlnetUnionInpaintingInputSafetyCheckerVersion:
    if value in SDXL_CONTROLNET_UNION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )
