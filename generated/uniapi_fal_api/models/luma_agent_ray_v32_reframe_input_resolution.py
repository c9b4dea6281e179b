from typing import Literal

LumaAgentRayV32ReframeInputResolution = Literal["1080p", "540p", "720p"]

LUMA_AGENT_RAY_V32_REFRAME_INPUT_RESOLUTION_VALUES: set[LumaAgentRayV32ReframeInputResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_luma_agent_ray_v32_reframe_input_resolution(
    value: str,
) -> LumaAgentRayV32ReframeInputResolution:
    if value in LUMA_AGENT_RAY_V32_REFRAME_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_REFRAME_INPUT_RESOLUTION_VALUES!r}"
    )
