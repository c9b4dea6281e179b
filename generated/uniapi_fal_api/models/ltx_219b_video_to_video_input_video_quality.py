from typing import Literal

Ltx219BVideoToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[Ltx219BVideoToVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_video_to_video_input_video_quality(
    value: str,
) -> Ltx219BVideoToVideoInputVideoQuality:
    if value in LTX_219B_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
