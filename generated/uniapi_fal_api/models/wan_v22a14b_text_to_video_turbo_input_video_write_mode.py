from typing import Literal

WanV22A14BTextToVideoTurboInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV22A14BTextToVideoTurboInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v22a14b_text_to_video_turbo_input_video_write_mode(
    value: str,
) -> WanV22A14BTextToVideoTurboInputVideoWriteMode:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
