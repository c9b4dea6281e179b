from typing import Literal

Wan22VaceFunA14BDepthInputTransparencyMode = Literal["black", "content_aware", "white"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES: set[
    Wan22VaceFunA14BDepthInputTransparencyMode
] = {
    "black",
    "content_aware",
    "white",
}


def check_wan_22_vace_fun_a14b_depth_input_transparency_mode(
    value: str,
) -> Wan22VaceFunA14BDepthInputTransparencyMode:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_TRANSPARENCY_MODE_VALUES!r}"
    )
