from typing import Literal

WanV22A14BVideoToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV22A14BVideoToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v22a14b_video_to_video_input_video_write_mode(
    value: str,
) -> WanV22A14BVideoToVideoInputVideoWriteMode:
    if value in WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
