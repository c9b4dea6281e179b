from typing import Literal

SdxlControlnetUnionImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    SdxlControlnetUnionImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_sdxl_controlnet_union_image_to_image_input_safety_checker_version(
    value: str,
) -> SdxlControlnetUnionImageToImageInputSafetyCheckerVersion:
    if value in SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDXL_CONTROLNET_UNION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )
