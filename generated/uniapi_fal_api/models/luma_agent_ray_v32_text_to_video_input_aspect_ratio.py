from typing import Literal

LumaAgentRayV32TextToVideoInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"]

LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LumaAgentRayV32TextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_luma_agent_ray_v32_text_to_video_input_aspect_ratio(
    value: str,
) -> LumaAgentRayV32TextToVideoInputAspectRatio:
    if value in LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
