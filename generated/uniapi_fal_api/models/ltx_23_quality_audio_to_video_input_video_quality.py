from typing import Literal

Ltx23QualityAudioToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityAudioToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_audio_to_video_input_video_quality(
    value: str,
) -> Ltx23QualityAudioToVideoInputVideoQuality:
    if value in LTX_23_QUALITY_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_AUDIO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
