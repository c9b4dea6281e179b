from typing import Literal

WanVace14BInpaintingInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_VACE_14B_INPAINTING_INPUT_ASPECT_RATIO_VALUES: set[WanVace14BInpaintingInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_vace_14b_inpainting_input_aspect_ratio(
    value: str,
) -> WanVace14BInpaintingInputAspectRatio:
    if value in WAN_VACE_14B_INPAINTING_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPAINTING_INPUT_ASPECT_RATIO_VALUES!r}"
    )
