from typing import Literal

Wan22VaceFunA14BInpaintingInputInterpolatorModel = Literal["film", "rife"]

WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    Wan22VaceFunA14BInpaintingInputInterpolatorModel
] = {
    "film",
    "rife",
}


def check_wan_22_vace_fun_a14b_inpainting_input_interpolator_model(
    value: str,
) -> Wan22VaceFunA14BInpaintingInputInterpolatorModel:
    if value in WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
