from typing import Literal

Wan22VaceFunA14BDepthInputInterpolatorModel = Literal["film", "rife"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    Wan22VaceFunA14BDepthInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_22_vace_fun_a14b_depth_input_interpolator_model(
    value: str,
) -> Wan22VaceFunA14BDepthInputInterpolatorModel:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
