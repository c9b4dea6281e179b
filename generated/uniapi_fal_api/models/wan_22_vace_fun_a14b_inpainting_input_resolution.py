from typing import Literal

Wan22VaceFunA14BInpaintingInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_RESOLUTION_VALUES: set[
    Wan22VaceFunA14BInpaintingInputResolution
] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_22_vace_fun_a14b_inpainting_input_resolution(
    value: str,
) -> Wan22VaceFunA14BInpaintingInputResolution:
    if value in WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_INPAINTING_INPUT_RESOLUTION_VALUES!r}"
    )
