from typing import Literal

LumaAgentRayV32VideoToVideoInputDuration = Literal["10s", "5s"]

LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES: set[
    LumaAgentRayV32VideoToVideoInputDuration
] = {
    "10s",
    "5s",
}


def check_luma_agent_ray_v32_video_to_video_input_duration(
    value: str,
) -> LumaAgentRayV32VideoToVideoInputDuration:
    if value in LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
