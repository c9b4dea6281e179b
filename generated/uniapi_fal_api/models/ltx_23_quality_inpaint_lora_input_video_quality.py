from typing import Literal

Ltx23QualityInpaintLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityInpaintLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_inpaint_lora_input_video_quality(
    value: str,
) -> Ltx23QualityInpaintLoraInputVideoQuality:
    if value in LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
