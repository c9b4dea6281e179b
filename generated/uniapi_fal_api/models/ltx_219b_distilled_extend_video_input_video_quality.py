from typing import Literal

Ltx219BDistilledExtendVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledExtendVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_extend_video_input_video_quality(
    value: str,
) -> Ltx219BDistilledExtendVideoInputVideoQuality:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
