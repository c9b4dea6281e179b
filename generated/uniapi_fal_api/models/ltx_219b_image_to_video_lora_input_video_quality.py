from typing import Literal

Ltx219BImageToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BImageToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_image_to_video_lora_input_video_quality(
    value: str,
) -> Ltx219BImageToVideoLoraInputVideoQuality:
    if value in LTX_219B_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
