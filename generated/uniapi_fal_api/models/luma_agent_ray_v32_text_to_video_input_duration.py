from typing import Literal

LumaAgentRayV32TextToVideoInputDuration = Literal["10s", "5s"]

LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    LumaAgentRayV32TextToVideoInputDuration
] = {
    "10s",
    "5s",
}


def check_luma_agent_ray_v32_text_to_video_input_duration(
    value: str,
) -> LumaAgentRayV32TextToVideoInputDuration:
    if value in LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
