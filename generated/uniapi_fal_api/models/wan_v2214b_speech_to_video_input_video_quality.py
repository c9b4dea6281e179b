from typing import Literal

WanV2214BSpeechToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    WanV2214BSpeechToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v2214b_speech_to_video_input_video_quality(
    value: str,
) -> WanV2214BSpeechToVideoInputVideoQuality:
    if value in WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
