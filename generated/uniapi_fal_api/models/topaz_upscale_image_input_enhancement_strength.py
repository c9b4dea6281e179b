from typing import Literal

TopazUpscaleImageInputEnhancementStrength = Literal["high", "low", "medium"]

TOPAZ_UPSCALE_IMAGE_INPUT_ENHANCEMENT_STRENGTH_VALUES: set[
    TopazUpscaleImageInputEnhancementStrength
] = {
    "high",
    "low",
    "medium",
}


def check_topaz_upscale_image_input_enhancement_strength(
    value: str,
) -> TopazUpscaleImageInputEnhancementStrength:
    if value in TOPAZ_UPSCALE_IMAGE_INPUT_ENHANCEMENT_STRENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_UPSCALE_IMAGE_INPUT_ENHANCEMENT_STRENGTH_VALUES!r}"
    )
