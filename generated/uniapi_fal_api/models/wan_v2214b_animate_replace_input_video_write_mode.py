from typing import Literal

WanV2214BAnimateReplaceInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV2214BAnimateReplaceInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v2214b_animate_replace_input_video_write_mode(
    value: str,
) -> WanV2214BAnimateReplaceInputVideoWriteMode:
    if value in WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
