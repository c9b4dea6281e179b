from typing import Literal

WanV22A14BVideoToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    WanV22A14BVideoToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_v22a14b_video_to_video_input_aspect_ratio(
    value: str,
) -> WanV22A14BVideoToVideoInputAspectRatio:
    if value in WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
