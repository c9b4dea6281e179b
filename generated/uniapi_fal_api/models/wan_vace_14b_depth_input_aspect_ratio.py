from typing import Literal

WanVace14BDepthInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_VACE_14B_DEPTH_INPUT_ASPECT_RATIO_VALUES: set[WanVace14BDepthInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_vace_14b_depth_input_aspect_ratio(value: str) -> WanVace14BDepthInputAspectRatio:
    if value in WAN_VACE_14B_DEPTH_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_ASPECT_RATIO_VALUES!r}"
    )
