from typing import Literal

WanVaceAppsLongReframeInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanVaceAppsLongReframeInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_vace_apps_long_reframe_input_interpolator_model(
    value: str,
) -> WanVaceAppsLongReframeInputInterpolatorModel:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
