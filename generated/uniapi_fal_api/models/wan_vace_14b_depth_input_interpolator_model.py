from typing import Literal

WanVace14BDepthInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES: set[WanVace14BDepthInputInterpolatorModel] = {
    "film",
    "rife",
}


def check_wan_vace_14b_depth_input_interpolator_model(
    value: str,
) -> WanVace14BDepthInputInterpolatorModel:
    if value in WAN_VACE_14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
