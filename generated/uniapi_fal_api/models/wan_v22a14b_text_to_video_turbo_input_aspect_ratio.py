from typing import Literal

WanV22A14BTextToVideoTurboInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES: set[
    WanV22A14BTextToVideoTurboInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_v22a14b_text_to_video_turbo_input_aspect_ratio(
    value: str,
) -> WanV22A14BTextToVideoTurboInputAspectRatio:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
