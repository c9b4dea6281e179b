from typing import Literal

Ltx2322BAudioToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_2322B_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[Ltx2322BAudioToVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_2322b_audio_to_video_input_video_quality(
    value: str,
) -> Ltx2322BAudioToVideoInputVideoQuality:
    if value in LTX_2322B_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
