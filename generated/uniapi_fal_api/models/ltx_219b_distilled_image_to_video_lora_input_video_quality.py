from typing import Literal

Ltx219BDistilledImageToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledImageToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_image_to_video_lora_input_video_quality(
    value: str,
) -> Ltx219BDistilledImageToVideoLoraInputVideoQuality:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
