from typing import Literal

Ltx219BDistilledVideoToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledVideoToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_video_to_video_input_video_quality(
    value: str,
) -> Ltx219BDistilledVideoToVideoInputVideoQuality:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
