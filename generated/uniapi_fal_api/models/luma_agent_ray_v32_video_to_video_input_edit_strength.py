from typing import Literal

LumaAgentRayV32VideoToVideoInputEditStrength = Literal[
    "adhere_1",
    "adhere_2",
    "adhere_3",
    "flex_1",
    "flex_2",
    "flex_3",
    "reimagine_1",
    "reimagine_2",
    "reimagine_3",
]

LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_EDIT_STRENGTH_VALUES: set[
    LumaAgentRayV32VideoToVideoInputEditStrength
] = {
    "adhere_1",
    "adhere_2",
    "adhere_3",
    "flex_1",
    "flex_2",
    "flex_3",
    "reimagine_1",
    "reimagine_2",
    "reimagine_3",
}


def check_luma_agent_ray_v32_video_to_video_input_edit_strength(
    value: str,
) -> LumaAgentRayV32VideoToVideoInputEditStrength:
    if value in LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_EDIT_STRENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LUMA_AGENT_RAY_V32_VIDEO_TO_VIDEO_INPUT_EDIT_STRENGTH_VALUES!r}"
    )
