from typing import Literal

Ltx23QualityTextToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityTextToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_text_to_video_lora_input_video_quality(
    value: str,
) -> Ltx23QualityTextToVideoLoraInputVideoQuality:
    if value in LTX_23_QUALITY_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_TEXT_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
