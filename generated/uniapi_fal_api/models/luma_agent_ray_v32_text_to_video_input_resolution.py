from typing import Literal

LumaAgentRayV32TextToVideoInputResolution = Literal["1080p", "540p", "720p"]

LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LumaAgentRayV32TextToVideoInputResolution
] = {
    "1080p",
    "540p",
    "720p",
}


def check_luma_agent_ray_v32_text_to_video_input_resolution(
    value: str,
) -> LumaAgentRayV32TextToVideoInputResolution:
    if value in LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
