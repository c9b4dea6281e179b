from typing import Literal

WanVace14BInpaintingInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_14B_INPAINTING_INPUT_VIDEO_QUALITY_VALUES: set[WanVace14BInpaintingInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_14b_inpainting_input_video_quality(
    value: str,
) -> WanVace14BInpaintingInputVideoQuality:
    if value in WAN_VACE_14B_INPAINTING_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPAINTING_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
