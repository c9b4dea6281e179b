from typing import Literal

VideoPromptGeneratorInputPacing = Literal[
    "Continuous flow",
    "Cross-dissolve dreamscape",
    "Ebb and flow",
    "Episodic breaks",
    "Frantic energy",
    "Gradual build",
    "Hypnotic drift",
    "Jump cut energy",
    "Long take meditation",
    "Match cut flow",
    "Montage tempo",
    "None",
    "Parallel action",
    "Quick cut rhythm",
    "Ramping dynamics",
    "Rhythmic pulse",
    "Slow burn",
    "Slow motion impact",
    "Stop-motion staccato",
    "Time-lapse rush",
]

VIDEO_PROMPT_GENERATOR_INPUT_PACING_VALUES: set[VideoPromptGeneratorInputPacing] = {
    "Continuous flow",
    "Cross-dissolve dreamscape",
    "Ebb and flow",
    "Episodic breaks",
    "Frantic energy",
    "Gradual build",
    "Hypnotic drift",
    "Jump cut energy",
    "Long take meditation",
    "Match cut flow",
    "Montage tempo",
    "None",
    "Parallel action",
    "Quick cut rhythm",
    "Ramping dynamics",
    "Rhythmic pulse",
    "Slow burn",
    "Slow motion impact",
    "Stop-motion staccato",
    "Time-lapse rush",
}


def check_video_prompt_generator_input_pacing(value: str) -> VideoPromptGeneratorInputPacing:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_PACING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_PACING_VALUES!r}"
    )
