from typing import Literal

Ltx219BDistilledImageToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledImageToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_image_to_video_input_video_quality(
    value: str,
) -> Ltx219BDistilledImageToVideoInputVideoQuality:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
