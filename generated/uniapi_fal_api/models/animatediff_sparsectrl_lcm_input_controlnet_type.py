from typing import Literal

AnimatediffSparsectrlLcmInputControlnetType = Literal["rgb", "scribble"]

ANIMATEDIFF_SPARSECTRL_LCM_INPUT_CONTROLNET_TYPE_VALUES: set[
    AnimatediffSparsectrlLcmInputControlnetType
] = {
    "rgb",
    "scribble",
}


def check_animatediff_sparsectrl_lcm_input_controlnet_type(
    value: str,
) -> AnimatediffSparsectrlLcmInputControlnetType:
    if value in ANIMATEDIFF_SPARSECTRL_LCM_INPUT_CONTROLNET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANIMATEDIFF_SPARSECTRL_LCM_INPUT_CONTROLNET_TYPE_VALUES!r}"
    )
