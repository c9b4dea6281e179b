from typing import Literal

WanV22A14BTextToVideoTurboInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_QUALITY_VALUES: set[
    WanV22A14BTextToVideoTurboInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v22a14b_text_to_video_turbo_input_video_quality(
    value: str,
) -> WanV22A14BTextToVideoTurboInputVideoQuality:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
