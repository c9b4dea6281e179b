from typing import Literal

VideoPromptGeneratorInputStyle = Literal[
    "Action",
    "Animation",
    "Cinematic",
    "Descriptive",
    "Detailed",
    "Documentary",
    "Dynamic",
    "Experimental",
    "Minimalist",
    "Simple",
]

VIDEO_PROMPT_GENERATOR_INPUT_STYLE_VALUES: set[VideoPromptGeneratorInputStyle] = {
    "Action",
    "Animation",
    "Cinematic",
    "Descriptive",
    "Detailed",
    "Documentary",
    "Dynamic",
    "Experimental",
    "Minimalist",
    "Simple",
}


def check_video_prompt_generator_input_style(value: str) -> VideoPromptGeneratorInputStyle:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_STYLE_VALUES!r}"
    )
