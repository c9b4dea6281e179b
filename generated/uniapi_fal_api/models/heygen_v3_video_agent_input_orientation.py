from typing import Literal

HeygenV3VideoAgentInputOrientation = Literal["landscape", "portrait"]

HEYGEN_V3_VIDEO_AGENT_INPUT_ORIENTATION_VALUES: set[HeygenV3VideoAgentInputOrientation] = {
    "landscape",
    "portrait",
}


def check_heygen_v3_video_agent_input_orientation(value: str) -> HeygenV3VideoAgentInputOrientation:
    if value in HEYGEN_V3_VIDEO_AGENT_INPUT_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEYGEN_V3_VIDEO_AGENT_INPUT_ORIENTATION_VALUES!r}"
    )
