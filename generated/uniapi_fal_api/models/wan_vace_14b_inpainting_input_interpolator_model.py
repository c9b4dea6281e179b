from typing import Literal

WanVace14BInpaintingInputInterpolatorModel = Literal["film", "rife"]

WAN_VACE_14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanVace14BInpaintingInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_vace_14b_inpainting_input_interpolator_model(
    value: str,
) -> WanVace14BInpaintingInputInterpolatorModel:
    if value in WAN_VACE_14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
