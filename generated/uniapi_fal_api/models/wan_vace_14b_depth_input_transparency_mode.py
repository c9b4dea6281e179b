from typing import Literal

WanVace14BDepthInputTransparencyMode = Literal["black", "content_aware", "white"]

WAN_VACE_14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES: set[WanVace14BDepthInputTransparencyMode] = {
    "black",
    "content_aware",
    "white",
}


def check_wan_vace_14b_depth_input_transparency_mode(
    value: str,
) -> WanVace14BDepthInputTransparencyMode:
    if value in WAN_VACE_14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES!r}"
    )
