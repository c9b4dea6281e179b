from typing import Literal

Ltx23QualityHdrLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_QUALITY_VALUES: set[Ltx23QualityHdrLoraInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_hdr_lora_input_video_quality(
    value: str,
) -> Ltx23QualityHdrLoraInputVideoQuality:
    if value in LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
