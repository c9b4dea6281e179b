from typing import Literal

Ltx2322BExtendVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_2322B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[Ltx2322BExtendVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_2322b_extend_video_input_video_quality(
    value: str,
) -> Ltx2322BExtendVideoInputVideoQuality:
    if value in LTX_2322B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
