from typing import Literal

WanVace14BReframeInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_14B_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanVace14BReframeInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_vace_14b_reframe_input_interpolator_model(
    value: str,
) -> WanVace14BReframeInputInterpolatorModel:
    if value in WAN_VACE_14B_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
