from typing import Literal

Wan22VaceFunA14BOutpaintingInputAccelerationType0 = Literal["low", "none", "regular"]

WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_ACCELERATION_TYPE_0_VALUES: set[
    Wan22VaceFunA14BOutpaintingInputAccelerationType0
] = {
    "low",
    "none",
    "regular",
}


def check_wan_22_vace_fun_a14b_outpainting_input_acceleration_type_0(
    value: str,
) -> Wan22VaceFunA14BOutpaintingInputAccelerationType0:
    if value in WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_ACCELERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_ACCELERATION_TYPE_0_VALUES!r}"
    )
