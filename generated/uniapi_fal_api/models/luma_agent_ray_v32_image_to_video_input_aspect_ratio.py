from typing import Literal

LumaAgentRayV32ImageToVideoInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"]

LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LumaAgentRayV32ImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_luma_agent_ray_v32_image_to_video_input_aspect_ratio(
    value: str,
) -> LumaAgentRayV32ImageToVideoInputAspectRatio:
    if value in LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
