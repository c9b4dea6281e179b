from typing import Literal

WanVace14BOutpaintingInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_14B_OUTPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanVace14BOutpaintingInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_vace_14b_outpainting_input_interpolator_model(
    value: str,
) -> WanVace14BOutpaintingInputInterpolatorModel:
    if value in WAN_VACE_14B_OUTPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_OUTPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
