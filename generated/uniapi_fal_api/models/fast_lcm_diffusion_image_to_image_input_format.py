from typing import Literal

FastLcmDiffusionImageToImageInputFormat = Literal["jpeg", "png"]

FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[
    FastLcmDiffusionImageToImageInputFormat
] = {
    "jpeg",
    "png",
}


def check_fast_lcm_diffusion_image_to_image_input_format(
    value: str,
) -> FastLcmDiffusionImageToImageInputFormat:
    if value in FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
