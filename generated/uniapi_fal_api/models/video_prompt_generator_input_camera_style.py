from typing import Literal

VideoPromptGeneratorInputCameraStyle = Literal[
    "Crane elegance",
    "Dolly precision",
    "Drone aerials",
    "Dutch angle tension",
    "Gimbal smoothness",
    "Handheld urgency",
    "Jib sweep",
    "Macro extreme",
    "Multi-angle rig",
    "None",
    "Periscope lens",
    "POV immersion",
    "Slider motion",
    "Snorricam character",
    "Static tripod",
    "Steadicam flow",
    "Tilt-shift miniature",
    "Time-slice array",
    "Underwater housing",
    "VR 360",
    "Whip pan dynamics",
]

VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_STYLE_VALUES: set[VideoPromptGeneratorInputCameraStyle] = {
    "Crane elegance",
    "Dolly precision",
    "Drone aerials",
    "Dutch angle tension",
    "Gimbal smoothness",
    "Handheld urgency",
    "Jib sweep",
    "Macro extreme",
    "Multi-angle rig",
    "None",
    "Periscope lens",
    "POV immersion",
    "Slider motion",
    "Snorricam character",
    "Static tripod",
    "Steadicam flow",
    "Tilt-shift miniature",
    "Time-slice array",
    "Underwater housing",
    "VR 360",
    "Whip pan dynamics",
}


def check_video_prompt_generator_input_camera_style(
    value: str,
) -> VideoPromptGeneratorInputCameraStyle:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_STYLE_VALUES!r}"
    )
