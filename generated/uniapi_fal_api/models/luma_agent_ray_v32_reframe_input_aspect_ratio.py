from typing import Literal

LumaAgentRayV32ReframeInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"]

LUMA_AGENT_RAY_V32_REFRAME_INPUT_ASPECT_RATIO_VALUES: set[
    LumaAgentRayV32ReframeInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_luma_agent_ray_v32_reframe_input_aspect_ratio(
    value: str,
) -> LumaAgentRayV32ReframeInputAspectRatio:
    if value in LUMA_AGENT_RAY_V32_REFRAME_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_REFRAME_INPUT_ASPECT_RATIO_VALUES!r}"
    )
