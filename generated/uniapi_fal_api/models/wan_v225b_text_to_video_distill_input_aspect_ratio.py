from typing import Literal

WanV225BTextToVideoDistillInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES: set[
    WanV225BTextToVideoDistillInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_v225b_text_to_video_distill_input_aspect_ratio(
    value: str,
) -> WanV225BTextToVideoDistillInputAspectRatio:
    if value in WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES!r}"
    )
