from typing import Literal

GuidanceInputMethod = Literal[
    "controlnet_canny", "controlnet_color_grid", "controlnet_depth", "controlnet_recoloring"
]

GUIDANCE_INPUT_METHOD_VALUES: set[GuidanceInputMethod] = {
    "controlnet_canny",
    "controlnet_color_grid",
    "controlnet_depth",
    "controlnet_recoloring",
}


def check_guidance_input_method(value: str) -> GuidanceInputMethod:
    if value in GUIDANCE_INPUT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUIDANCE_INPUT_METHOD_VALUES!r}")
