from typing import Literal

WanV225BTextToVideoDistillInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV225BTextToVideoDistillInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v225b_text_to_video_distill_input_video_write_mode(
    value: str,
) -> WanV225BTextToVideoDistillInputVideoWriteMode:
    if value in WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
