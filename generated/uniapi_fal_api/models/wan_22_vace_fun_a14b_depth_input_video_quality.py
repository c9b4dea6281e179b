from typing import Literal

Wan22VaceFunA14BDepthInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES: set[
    Wan22VaceFunA14BDepthInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_22_vace_fun_a14b_depth_input_video_quality(
    value: str,
) -> Wan22VaceFunA14BDepthInputVideoQuality:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
