from typing import Literal

WanV225BTextToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV225BTextToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v225b_text_to_video_input_video_write_mode(
    value: str,
) -> WanV225BTextToVideoInputVideoWriteMode:
    if value in WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
