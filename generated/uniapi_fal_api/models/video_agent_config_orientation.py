from typing import Literal

VideoAgentConfigOrientation = Literal["landscape", "portrait"]

VIDEO_AGENT_CONFIG_ORIENTATION_VALUES: set[VideoAgentConfigOrientation] = {
    "landscape",
    "portrait",
}


def check_video_agent_config_orientation(value: str) -> VideoAgentConfigOrientation:
    if value in VIDEO_AGENT_CONFIG_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_AGENT_CONFIG_ORIENTATION_VALUES!r}"
    )
