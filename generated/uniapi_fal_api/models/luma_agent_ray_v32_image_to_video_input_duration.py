from typing import Literal

LumaAgentRayV32ImageToVideoInputDuration = Literal["10s", "5s"]

LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    LumaAgentRayV32ImageToVideoInputDuration
] = {
    "10s",
    "5s",
}


def check_luma_agent_ray_v32_image_to_video_input_duration(
    value: str,
) -> LumaAgentRayV32ImageToVideoInputDuration:
    if value in LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
