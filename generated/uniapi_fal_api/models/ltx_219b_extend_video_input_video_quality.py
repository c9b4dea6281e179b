from typing import Literal

Ltx219BExtendVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[Ltx219BExtendVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_extend_video_input_video_quality(
    value: str,
) -> Ltx219BExtendVideoInputVideoQuality:
    if value in LTX_219B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
