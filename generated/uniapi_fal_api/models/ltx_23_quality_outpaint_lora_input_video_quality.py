from typing import Literal

Ltx23QualityOutpaintLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_OUTPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityOutpaintLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_outpaint_lora_input_video_quality(
    value: str,
) -> Ltx23QualityOutpaintLoraInputVideoQuality:
    if value in LTX_23_QUALITY_OUTPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
