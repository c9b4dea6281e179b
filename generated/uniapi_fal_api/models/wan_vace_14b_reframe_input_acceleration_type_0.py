from typing import Literal

WanVace14BReframeInputAccelerationType0 = Literal["low", "none", "regular"]

WAN_VACE_14B_REFRAME_INPUT_ACCELERATION_TYPE_0_VALUES: set[
    WanVace14BReframeInputAccelerationType0
] = {
    "low",
    "none",
    "regular",
}


def check_wan_vace_14b_reframe_input_acceleration_type_0(
    value: str,
) -> WanVace14BReframeInputAccelerationType0:
    if value in WAN_VACE_14B_REFRAME_INPUT_ACCELERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_REFRAME_INPUT_ACCELERATION_TYPE_0_VALUES!r}"
    )
