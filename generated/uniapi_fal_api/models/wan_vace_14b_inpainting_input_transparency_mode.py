from typing import Literal

WanVace14BInpaintingInputTransparencyMode = Literal["black", "content_aware", "white"]

WAN_VACE_14B_INPAINTING_INPUT_TRANSPARENCY_MODE_VALUES: set[
    WanVace14BInpaintingInputTransparencyMode
] = {
    "black",
    "content_aware",
    "white",
}


def check_wan_vace_14b_inpainting_input_transparency_mode(
    value: str,
) -> WanVace14BInpaintingInputTransparencyMode:
    if value in WAN_VACE_14B_INPAINTING_INPUT_TRANSPARENCY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPAINTING_INPUT_TRANSPARENCY_MODE_VALUES!r}"
    )
