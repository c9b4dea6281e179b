from typing import Literal

VideoPromptGeneratorInputCameraDirection = Literal[
    "Arc movement",
    "Diagonal traverse",
    "None",
    "Orbital rotation",
    "Pan left",
    "Pan right",
    "Pull out",
    "Push in",
    "Spiral in",
    "Spiral out",
    "Tilt down",
    "Tilt up",
    "Track backward",
    "Track forward",
    "Vertical descent",
    "Vertical rise",
    "Zoom in",
    "Zoom out",
]

VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_DIRECTION_VALUES: set[
    VideoPromptGeneratorInputCameraDirection
] = {
    "Arc movement",
    "Diagonal traverse",
    "None",
    "Orbital rotation",
    "Pan left",
    "Pan right",
    "Pull out",
    "Push in",
    "Spiral in",
    "Spiral out",
    "Tilt down",
    "Tilt up",
    "Track backward",
    "Track forward",
    "Vertical descent",
    "Vertical rise",
    "Zoom in",
    "Zoom out",
}


def check_video_prompt_generator_input_camera_direction(
    value: str,
) -> VideoPromptGeneratorInputCameraDirection:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_CAMERA_DIRECTION_VALUES!r}"
    )
