from typing import Literal

Ltx219BImageToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[Ltx219BImageToVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_image_to_video_input_video_quality(
    value: str,
) -> Ltx219BImageToVideoInputVideoQuality:
    if value in LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
